package dev.gazette.taxonomy;

import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags decided across the whole archive, in two passes. First each article's candidate names are
 * counted (in parallel, keeping a few dozen per article). Then a name becomes a tag of an article
 * when other articles name it too, or, for a name no other article has, when it dominates the
 * article (the most mentioned name, at least three times). Single words need two mentions in
 * the article; multi-word names one. Then {@code tags.yaml} folds aliases and drops banned tags,
 * for extracted and front-matter tags alike. The same archive always gives the same tags.
 */
public final class ArchiveTagger {
  /** Candidates kept per article between the passes: bounds memory at 100,000 articles. */
  static final int CANDIDATES_KEPT = 40;
  static final int DOMINANT_MENTIONS = 3;

  private final TagExtractor extractor = new TagExtractor();
  private final int maxTags;
  private final TagRules rules;

  public ArchiveTagger(int maxTags, TagRules rules) {
    this.maxTags = maxTags;
    this.rules = rules;
  }

  /** An article and whether its tags are to be extracted from its text. */
  public record Input(Article article, boolean needsTags) {}

  public List<Article> tag(List<Input> inputs) {
    Map<Integer, Map<String, Integer>> candidates = new ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, inputs.size()).parallel().forEach(i -> {
      Input in = inputs.get(i);
      if (in.needsTags()) {
        candidates.put(i, strongest(extractor.candidates(in.article())));
      }
    });
    Map<String, Integer> documents = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      Map<String, Integer> c = candidates.get(i);
      if (c != null) {
        c.keySet().forEach(name -> documents.merge(name, 1, Integer::sum));
      }
    }
    List<Article> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      Input in = inputs.get(i);
      List<Tag> tags = in.needsTags() ? choose(candidates.get(i), documents)
          : in.article().tags();
      out.add(in.article().withTags(applyRules(tags)));
    }
    return out;
  }

  private static Map<String, Integer> strongest(Map<String, Integer> counts) {
    if (counts.size() <= CANDIDATES_KEPT) {
      return counts;
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(byMentions());
    Map<String, Integer> kept = new HashMap<>();
    for (int i = 0; i < CANDIDATES_KEPT; i++) {
      kept.put(ranked.get(i).getKey(), ranked.get(i).getValue());
    }
    return kept;
  }

  private List<Tag> choose(Map<String, Integer> counts, Map<String, Integer> documents) {
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
    ranked.sort(byMentions());
    Map<String, Tag> chosen = new LinkedHashMap<>();
    for (int i = 0; i < ranked.size() && chosen.size() < maxTags; i++) {
      String name = ranked.get(i).getKey();
      int mentions = ranked.get(i).getValue();
      boolean multiWord = name.indexOf(' ') > 0;
      if (!multiWord && mentions < 2) {
        continue;
      }
      boolean shared = documents.getOrDefault(name, 0) >= 2;
      boolean dominant = i == 0 && mentions >= DOMINANT_MENTIONS;
      if (shared || dominant) {
        Tag t = Tag.of(name);
        chosen.putIfAbsent(t.slug().value(), t);
      }
    }
    return List.copyOf(chosen.values());
  }

  private List<Tag> applyRules(List<Tag> tags) {
    Map<String, Tag> out = new LinkedHashMap<>();
    for (Tag t : tags) {
      Optional<String> name = rules.apply(t.name());
      if (name.isPresent()) {
        Tag canonical = Tag.of(name.get());
        out.putIfAbsent(canonical.slug().value(), canonical);
      }
    }
    return List.copyOf(out.values());
  }

  private static Comparator<Map.Entry<String, Integer>> byMentions() {
    return Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
        .thenComparing(e -> -e.getKey().split(" ").length)
        .thenComparing(Map.Entry.comparingByKey());
  }
}
