package dev.gazette.quality;

import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.taxonomy.ArchiveTagger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an archive's tags against hand labels. Each assigned tag of a labelled article is
 * <em>good</em> (it names one of the article's {@code tags} labels), <em>partial</em> (it names an
 * {@code also} label, or is only the last word of a {@code tags} label: "Blair" for "Tony Blair"),
 * or <em>junk</em>; a second tag for a label already matched is junk. Precision is (good + ½
 * partial) / tags assigned; recall is (labels found + ½ labels found only by their last word) /
 * labels. Names are compared after case and accent folding and the archive's tag aliases; a
 * party's short form is the party ("Lib Dems", "Liberal Democrats") and an acronym its long form
 * ("FBI", "Federal Bureau of Investigation"), as an editor reads them.
 */
public final class TagScore {

  /** One labelled article's judgement. */
  public record Judged(String key, List<String> tags, List<String> good, List<String> partial,
      List<String> junk, List<String> missed, double found, int labelCount) {
    double precisionPoints() {
      return good.size() + 0.5 * partial.size();
    }
  }

  /** Totals for one category (the first folder of the key) or for all. */
  public record Totals(String name, int articles, int assigned, int good, int partial, int junk,
      double found, int labels) {
    public double precision() {
      return assigned == 0 ? 0 : (good + 0.5 * partial) / assigned;
    }

    public double recall() {
      return labels == 0 ? 0 : found / labels;
    }
  }

  private final TagRules rules;

  public TagScore(TagRules rules) {
    this.rules = rules;
  }

  /** The article whose source is the key or ends with "/key". */
  static Article find(Map<String, Article> bySource, String key) {
    Article a = bySource.get(key);
    if (a != null) {
      return a;
    }
    for (Map.Entry<String, Article> e : bySource.entrySet()) {
      if (e.getKey().endsWith("/" + key)) {
        return e.getValue();
      }
    }
    return null;
  }

  public Report score(List<Article> articles, TagLabels labels) {
    Map<String, Article> bySource = new TreeMap<>();
    articles.forEach(a -> bySource.put(a.source(), a));
    List<Judged> judged = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, TagLabels.Label> e : labels.labels().entrySet()) {
      Article a = find(bySource, e.getKey());
      if (a == null) {
        missing.add(e.getKey());
        continue;
      }
      judged.add(judge(e.getKey(), a.tags().stream().map(Tag::name).toList(), e.getValue()));
    }
    return report(judged, missing);
  }

  Report report(List<Judged> judged, List<String> missing) {
    return new Report(judged, missing);
  }

  Judged judge(String key, List<String> tags, TagLabels.Label label) {
    List<String> wanted = label.tags().stream().map(this::fold).toList();
    Set<String> also = new HashSet<>();
    label.also().forEach(n -> also.add(fold(n)));
    Set<Integer> matched = new HashSet<>();
    Set<Integer> matchedByLastWord = new HashSet<>();
    List<String> good = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    List<String> junk = new ArrayList<>();
    for (String t : tags) {
      String f = fold(t);
      int exact = wanted.indexOf(f);
      // An acronym and its long form are one entity ("FBI", "Federal Bureau of Investigation").
      int hit = exact >= 0 ? exact : sameEntity(t, label.tags());
      if (hit >= 0) {
        if (matched.add(hit)) {
          good.add(t);
          matchedByLastWord.remove(hit);
        } else {
          junk.add(t);
        }
        continue;
      }
      if (also.contains(f) || sameEntity(t, label.also()) >= 0) {
        partial.add(t);
        continue;
      }
      int last = -1;
      for (int i = 0; i < wanted.size(); i++) {
        String w = wanted.get(i);
        if (w.contains(" ") && w.substring(w.lastIndexOf(' ') + 1).equals(f)) {
          last = i;
          break;
        }
      }
      if (last >= 0 && !matched.contains(last) && matchedByLastWord.add(last)) {
        partial.add(t);
      } else {
        junk.add(t);
      }
    }
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (!matched.contains(i)) {
        missed.add(label.tags().get(i));
      }
    }
    double found = matched.size() + 0.5 * matchedByLastWord.size();
    return new Judged(key, tags, good, partial, junk, missed, found, wanted.size());
  }

  /** The first of {@code labels} that {@code tag} abbreviates or spells out, or -1. */
  private int sameEntity(String tag, List<String> labels) {
    String t = rules.apply(tag).orElse(tag);
    for (int i = 0; i < labels.size(); i++) {
      String l = rules.apply(labels.get(i)).orElse(labels.get(i));
      if (ArchiveTagger.abbreviates(t, l) || ArchiveTagger.abbreviates(l, t)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Aliases applied, then the archive's own folding of spellings ({@link ArchiveTagger#foldKey}:
   * case, accents, punctuation, a leading "The", plurals), so that a tag is judged the same
   * entity as a label exactly when the archive would have made them one tag ("Oscar" for the
   * label "Oscars").
   */
  String fold(String name) {
    String n = rules.apply(name).orElse(name);
    return ArchiveTagger.entityKey(n.replace('—', '-').replace("`", ""));
  }

  /** All judgements, with totals and printable lines. */
  public record Report(List<Judged> judged, List<String> missing) {
    public Report {
      judged = List.copyOf(judged);
      missing = List.copyOf(missing);
    }

    public Totals total() {
      return totals("all", judged);
    }

    public List<Totals> byCategory() {
      Map<String, List<Judged>> groups = new TreeMap<>();
      for (Judged j : judged) {
        int slash = j.key().indexOf('/');
        groups.computeIfAbsent(slash > 0 ? j.key().substring(0, slash) : "(none)",
            k -> new ArrayList<>()).add(j);
      }
      List<Totals> out = new ArrayList<>();
      groups.forEach((k, v) -> out.add(totals(k, v)));
      return out;
    }

    private static Totals totals(String name, List<Judged> js) {
      int assigned = 0;
      int good = 0;
      int partial = 0;
      int junk = 0;
      double found = 0;
      int labels = 0;
      for (Judged j : js) {
        assigned += j.tags().size();
        good += j.good().size();
        partial += j.partial().size();
        junk += j.junk().size();
        found += j.found();
        labels += j.labelCount();
      }
      return new Totals(name, js.size(), assigned, good, partial, junk, found, labels);
    }

    /** Figures per category and overall, then the articles with the most lost points. */
    public List<String> lines(int worst) {
      List<String> out = new ArrayList<>();
      out.add(String.format(Locale.ROOT, "%-14s %8s %8s %9s %6s %5s %7s %5s", "category",
          "articles", "tags", "precision", "recall", "good", "partial", "junk"));
      List<Totals> all = new ArrayList<>(byCategory());
      all.add(total());
      for (Totals t : all) {
        out.add(String.format(Locale.ROOT, "%-14s %8d %8d %9.2f %6.2f %5d %7d %5d", t.name(),
            t.articles(), t.assigned(), t.precision(), t.recall(), t.good(), t.partial(),
            t.junk()));
      }
      if (!missing.isEmpty()) {
        out.add("labelled but not in the archive: " + missing.size() + " " + missing);
      }
      List<Judged> ranked = new ArrayList<>(judged);
      ranked.sort(Comparator.comparingDouble((Judged j) -> -lost(j)).thenComparing(Judged::key));
      out.add("worst misses:");
      for (Judged j : ranked.subList(0, Math.min(worst, ranked.size()))) {
        if (lost(j) == 0) {
          break;
        }
        out.add("  " + j.key() + ": missed " + j.missed() + ", junk " + j.junk()
            + ", partial " + j.partial() + ", tags " + j.tags());
      }
      return out;
    }

    private static double lost(Judged j) {
      return (j.labelCount() - j.found()) + j.junk().size() + 0.5 * j.partial().size();
    }
  }
}
