package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every tag with its articles, newest first, and the tags most often seen with each. Tags that
 * fold to one slug are one tag; when their names differ by more than case, spacing and accents
 * ({@link Slug#spelling}), two different tags share a page, and a warning names both and where
 * they come from.
 */
public final class TagIndex {
  /** Tags kept per tag in {@link #seenWith}. */
  static final int SEEN_WITH_MAX = 10;

  /** A tag that shares {@code together} articles with another. */
  public record Neighbour(Tag tag, int together) {}

  /** One tag and its articles in archive order. */
  public record Entry(Tag tag, List<Article> articles) {
    public Entry {
      articles = List.copyOf(articles);
    }

    public int count() {
      return articles.size();
    }

    /** The newest dated article's date: articles are newest first, undated last. */
    public Optional<LocalDate> newest() {
      return articles.isEmpty() ? Optional.empty() : articles.get(0).date();
    }

    public Optional<LocalDate> oldest() {
      for (int i = articles.size() - 1; i >= 0; i--) {
        if (articles.get(i).isDated()) {
          return articles.get(i).date();
        }
      }
      return Optional.empty();
    }
  }

  private final List<Entry> entries;
  private final List<Problem> problems;
  private final Map<String, List<Neighbour>> seenWith;

  private TagIndex(List<Entry> entries, List<Problem> problems,
      Map<String, List<Neighbour>> seenWith) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    this.seenWith = Map.copyOf(seenWith);
  }

  /** Different tags that fold to one slug. */
  public List<Problem> problems() {
    return problems;
  }

  public static TagIndex of(Archive archive) {
    Map<String, List<Article>> bySlug = new HashMap<>();
    Map<String, Tag> names = new HashMap<>();
    Map<String, Map<String, String>> spellings = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Article a : archive.articles()) {
      for (Tag t : a.tags()) {
        bySlug.computeIfAbsent(t.slug().value(), k -> new ArrayList<>()).add(a);
        // The first spelling in archive order (newest article) names the tag.
        Tag named = names.putIfAbsent(t.slug().value(), t);
        if (named != null && named.name().equals(t.name())) {
          continue; // the spelling already seen: most tags of most articles
        }
        Map<String, String> seen = spellings.computeIfAbsent(t.slug().value(),
            k -> new LinkedHashMap<>());
        if (seen.putIfAbsent(Slug.spelling(t.name()), a.source()) == null && seen.size() > 1) {
          Tag first = names.get(t.slug().value());
          problems.add(Problem.warning(a.source(), 0, "tag '" + t.name() + "' and tag '"
              + first.name() + "' (" + seen.values().iterator().next() + ") share the page"
              + " tags/" + t.slug() + "/; rename one, or make one an alias of the other in"
              + " tags.yaml"));
        }
      }
    }
    List<Entry> entries = new ArrayList<>(bySlug.size());
    new TreeMap<>(bySlug).forEach((slug, list) -> entries.add(new Entry(names.get(slug), list)));
    return new TagIndex(entries, problems, seenWith(archive, names));
  }

  /**
   * Counts each pair of tags on one article: the cost is the sum over articles of their tag
   * count squared, small because articles carry a few tags each (the tagger caps them).
   */
  private static Map<String, List<Neighbour>> seenWith(Archive archive, Map<String, Tag> names) {
    Map<String, Map<String, Integer>> pairs = new HashMap<>();
    for (Article a : archive.articles()) {
      Set<String> slugs = new LinkedHashSet<>();
      a.tags().forEach(t -> slugs.add(t.slug().value()));
      for (String x : slugs) {
        for (String y : slugs) {
          if (!x.equals(y)) {
            pairs.computeIfAbsent(x, k -> new HashMap<>()).merge(y, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, List<Neighbour>> out = new HashMap<>();
    pairs.forEach((slug, counts) -> out.put(slug, counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(SEEN_WITH_MAX)
        .map(e -> new Neighbour(names.get(e.getKey()), e.getValue()))
        .toList()));
    return out;
  }

  /** The tags most often on the same articles as {@code tag}, most shared first, then by slug. */
  public List<Neighbour> seenWith(Tag tag) {
    return seenWith.getOrDefault(tag.slug().value(), List.of());
  }

  /** Sorted by slug. */
  public List<Entry> entries() {
    return entries;
  }

  /** Most used first, then by slug. */
  public List<Entry> byCount() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparingInt(Entry::count).reversed()
        .thenComparing(e -> e.tag().slug()));
    return sorted;
  }
}
