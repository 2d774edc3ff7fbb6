package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles that cover the same story: near-duplicates found with MinHash signatures over word
 * 5-shingles and locality-sensitive hashing (16 bands of 4 rows: pairs above about half shared
 * shingles meet in a bucket), confirmed by their estimated similarity, and grouped. Linear in the
 * archive; the hash seeds are fixed, so the same archive always gives the same groups.
 */
public final class StoryGroups {
  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int ROWS = HASHES / BANDS;
  static final int SHINGLE = 5;
  static final double SIMILAR = 0.5;
  /** Buckets larger than this are boilerplate, not a story; they are not paired out. */
  static final int MAX_BUCKET = 200;

  /** Each grouped article's whole group, one list shared by its members. */
  private final Map<Slug, List<Article>> groupOf;
  private final List<List<Article>> groups;
  private final long version;

  private StoryGroups(Map<Slug, List<Article>> groupOf, List<List<Article>> groups) {
    this.groupOf = groupOf;
    this.groups = groups;
    long h = 17;
    for (List<Article> g : groups) {
      for (Article a : g) {
        h = 31 * h + a.slug().hashCode();
      }
      h = 31 * h + g.size();
    }
    this.version = h;
  }

  public static StoryGroups of(List<Article> articles) {
    return of(articles, StoryGroups::signature);
  }

  /**
   * @param signatures {@link #signature} of an article, or a copy of it kept from an earlier
   *     build (a pure function of the body, so the groups are the same)
   */
  public static StoryGroups of(List<Article> articles,
      java.util.function.Function<Article, int[]> signatures) {
    int n = articles.size();
    int[][] sigs = new int[n][];
    java.util.stream.IntStream.range(0, n).parallel()
        .forEach(i -> sigs[i] = signatures.apply(articles.get(i)));
    return group(articles, sigs);
  }

  private static StoryGroups group(List<Article> articles, int[][] signatures) {
    int n = articles.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (signatures[i] == null) {
          continue;
        }
        long key = band;
        for (int r = 0; r < ROWS; r++) {
          key = key * 0x9E3779B97F4A7C15L + signatures[i][band * ROWS + r];
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        if (bucket.size() < 2 || bucket.size() > MAX_BUCKET) {
          continue;
        }
        for (int a = 0; a < bucket.size(); a++) {
          for (int b = a + 1; b < bucket.size(); b++) {
            int x = bucket.get(a);
            int y = bucket.get(b);
            if (find(parent, x) != find(parent, y)
                && similarity(signatures[x], signatures[y]) >= SIMILAR) {
              parent[find(parent, x)] = find(parent, y);
            }
          }
        }
      }
    }
    Map<Integer, List<Article>> byRoot = new HashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
    }
    Comparator<Article> dateOrder = Comparator.comparing((Article a) -> a.date().isEmpty())
        .thenComparing(a -> a.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::slug);
    List<List<Article>> groups = new ArrayList<>();
    // One list per group, not one per member: a story retold n times would otherwise hold n²
    // references.
    Map<Slug, List<Article>> groupOf = new HashMap<>();
    for (List<Article> g : byRoot.values()) {
      if (g.size() < 2) {
        continue;
      }
      g.sort(dateOrder);
      List<Article> group = List.copyOf(g);
      groups.add(group);
      for (Article a : group) {
        groupOf.put(a.slug(), group);
      }
    }
    groups.sort(Comparator.comparing((List<Article> g) -> g.get(0), Archive.NEWEST_FIRST));
    return new StoryGroups(groupOf, List.copyOf(groups));
  }

  /** The other articles of this article's story, oldest first; empty when it stands alone. */
  public List<Article> others(Article a) {
    List<Article> group = groupOf.get(a.slug());
    if (group == null) {
      return List.of();
    }
    List<Article> rest = new ArrayList<>(group.size() - 1);
    for (Article other : group) {
      if (!other.slug().equals(a.slug())) {
        rest.add(other);
      }
    }
    return rest;
  }

  /**
   * The {@code limit} other articles of this article's story nearest to it in date, oldest
   * first: a story retold forty times lists the versions around this one, not the first forty.
   */
  public List<Article> nearest(Article a, int limit) {
    List<Article> rest = others(a);
    if (rest.size() <= limit) {
      return rest;
    }
    List<Article> group = groupOf.get(a.slug());
    int at = 0;
    while (at < group.size() && !group.get(at).slug().equals(a.slug())) {
      at++;
    }
    // {@code at} others come before this article; centre the window on it, within bounds.
    int from = Math.max(0, Math.min(at - limit / 2, rest.size() - limit));
    return List.copyOf(rest.subList(from, from + limit));
  }

  /** How many other articles tell this article's story. */
  public int othersCount(Article a) {
    List<Article> group = groupOf.get(a.slug());
    return group == null ? 0 : group.size() - 1;
  }

  /** The same slug for every article of a story (its oldest's), an article's own otherwise. */
  public Slug storyKey(Article a) {
    List<Article> group = groupOf.get(a.slug());
    return group == null ? a.slug() : group.get(0).slug();
  }

  /** Whether two different articles tell the same story. */
  public boolean sameStory(Article a, Article b) {
    List<Article> group = groupOf.get(a.slug());
    return group != null && group == groupOf.get(b.slug());
  }

  /**
   * A number that changes whenever any story gains or loses an article: related lists leave
   * out an article's own story and show one article per other story, so they depend on this.
   */
  public long version() {
    return version;
  }

  /** Every story with more than one article. */
  public List<List<Article>> groups() {
    return groups;
  }

  /**
   * The MinHash signature of an article's body, or {@code null} when it is too short. Each word
   * is hashed once and each shingle's hash mixed twice; the signature's hashes are then
   * {@code h1 + k * h2} (double hashing), which estimates similarity as well as independent
   * hashes at a fraction of the cost.
   */
  public static int[] signature(Article a) {
    long[] words = wordHashes(a.body().replace("[!CAPTION]", " "));
    if (words.length < SHINGLE * 2) {
      return null;
    }
    int[] sig = new int[HASHES];
    Arrays.fill(sig, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long h = 0xcbf29ce484222325L;
      for (int k = 0; k < SHINGLE; k++) {
        h = (h ^ words[i + k]) * 0x100000001b3L;
      }
      long h1 = mix(h);
      long h2 = mix(h ^ 0x9E3779B97F4A7C15L) | 1;
      for (int k = 0; k < HASHES; k++) {
        int v = (int) (h1 >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
        h1 += h2;
      }
    }
    return sig;
  }

  /** The hashes of the text's words (runs of letters and digits), lower-cased. */
  static long[] wordHashes(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int count = 0;
    long h = 0;
    boolean inWord = false;
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; ) {
      int c = chars[i];
      boolean wordChar;
      if (c < 0x80) {
        // ASCII, most of a news text, decided without the Unicode tables: the same answers.
        int folded = c | 0x20;
        if (folded >= 'a' && folded <= 'z') {
          c = folded;
          wordChar = true;
        } else {
          wordChar = c >= '0' && c <= '9';
        }
        i++;
      } else {
        c = Character.codePointAt(chars, i);
        i += Character.charCount(c);
        wordChar = Character.isLetter(c)
            || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
        c = Character.toLowerCase(c);
      }
      if (wordChar) {
        if (!inWord) {
          h = 0xcbf29ce484222325L;
          inWord = true;
        }
        h = (h ^ c) * 0x100000001b3L;
      } else if (inWord) {
        if (count == out.length) {
          out = Arrays.copyOf(out, count * 2);
        }
        out[count++] = h;
        inWord = false;
      }
    }
    if (inWord) {
      if (count == out.length) {
        out = Arrays.copyOf(out, count + 1);
      }
      out[count++] = h;
    }
    return Arrays.copyOf(out, count);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
