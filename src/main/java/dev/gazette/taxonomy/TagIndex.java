package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    return new TagIndex(entries, problems, seenWith(archive, entries));
  }

  /**
   * Counts each pair of tags on one article: the cost is the sum over articles of their tag
   * count squared, small because articles carry a few tags each (the tagger caps them). Tags are
   * numbered in slug order, each pair packed in a number and the pairs sorted, so that counting
   * needs no map and ties fall to the lower number, which is the lower slug.
   */
  private static Map<String, List<Neighbour>> seenWith(Archive archive, List<Entry> entries) {
    Map<String, Integer> number = new HashMap<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      number.put(entries.get(i).tag().slug().value(), i);
    }
    long[] pairs = new long[1024];
    int n = 0;
    int[] tags = new int[8];
    for (Article a : archive.articles()) {
      int k = 0;
      for (Tag t : a.tags()) {
        int v = number.get(t.slug().value());
        boolean seen = false;
        for (int j = 0; j < k && !seen; j++) {
          seen = tags[j] == v;
        }
        if (!seen) {
          if (k == tags.length) {
            tags = Arrays.copyOf(tags, k * 2);
          }
          tags[k++] = v;
        }
      }
      if (n + k * k > pairs.length) {
        pairs = Arrays.copyOf(pairs, Math.max(pairs.length * 2, n + k * k));
      }
      for (int x = 0; x < k; x++) {
        for (int y = 0; y < k; y++) {
          if (x != y) {
            pairs[n++] = (long) tags[x] << 32 | tags[y];
          }
        }
      }
    }
    Arrays.sort(pairs, 0, n);
    Map<String, List<Neighbour>> out = new HashMap<>();
    long[] best = new long[16];
    for (int i = 0; i < n; ) {
      int x = (int) (pairs[i] >>> 32);
      int m = 0;
      while (i < n && (int) (pairs[i] >>> 32) == x) {
        int y = (int) pairs[i];
        int count = 0;
        while (i < n && pairs[i] == ((long) x << 32 | y)) {
          count++;
          i++;
        }
        if (m == best.length) {
          best = Arrays.copyOf(best, m * 2);
        }
        // More shared first, then the lower number: the larger key is the better neighbour.
        best[m++] = (long) count << 32 | (Integer.MAX_VALUE - y);
      }
      Arrays.sort(best, 0, m);
      List<Neighbour> top = new ArrayList<>(Math.min(m, SEEN_WITH_MAX));
      for (int r = m - 1; r >= 0 && top.size() < SEEN_WITH_MAX; r--) {
        int y = Integer.MAX_VALUE - (int) (best[r] & 0xFFFFFFFFL);
        top.add(new Neighbour(entries.get(y).tag(), (int) (best[r] >>> 32)));
      }
      out.put(entries.get(x).tag().slug().value(), List.copyOf(top));
    }
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
