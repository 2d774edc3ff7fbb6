package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Related articles by shared tags, each tag weighted by how rare it is (a tag on three articles
 * says more than one on three thousand). Candidates come from a window of date-neighbours in each
 * tag's list, and each article's scores are kept only while its own top list is chosen, so time
 * and memory stay linear in the size of the archive.
 */
public final class RelatedArticles {
  private static final int WINDOW = 60;

  private final Map<Slug, List<Article>> related;

  private RelatedArticles(Map<Slug, List<Article>> related) {
    this.related = related;
  }

  public static RelatedArticles of(TagIndex tags, int perArticle) {
    return of(tags, perArticle, new Memo(), StoryGroups.of(List.of()));
  }

  /**
   * What a resident engine chose last time, by article. An article's list depends only on its
   * own tags and date, on the lists of its tags (their articles, in order, with their dates) and
   * on the size of the largest tag: when none of these changed, the list is taken as it was.
   * Not thread-safe between builds: one build at a time.
   */
  public static final class Memo {
    private static final String FORMAT = "gazette related state 1";
    private Map<Slug, Chosen> chosen = new HashMap<>();

    private record Chosen(long key, List<Slug> top) {}

    /**
     * The memo {@link #write} wrote to {@code in}, if under {@code environment}; an empty one
     * when written by other code (every list is then chosen again).
     *
     * @throws IOException when the record is damaged
     */
    public static Memo read(DataInputStream in, String environment) throws IOException {
      Memo memo = new Memo();
      if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(environment)) {
        return memo;
      }
      int n = in.readInt();
      if (n < 0) {
        throw new IOException("damaged related lists: " + n + " entries");
      }
      Map<Slug, Chosen> chosen = new HashMap<>();
      Map<String, Slug> slugs = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Slug slug = slugs.computeIfAbsent(in.readUTF(), Slug::new);
        long key = in.readLong();
        Slug[] top = new Slug[in.readUnsignedByte()];
        for (int t = 0; t < top.length; t++) {
          top[t] = slugs.computeIfAbsent(in.readUTF(), Slug::new);
        }
        chosen.put(slug, new Chosen(key, List.of(top)));
      }
      if (in.read() != -1) {
        throw new IOException("damaged related lists: more after the last entry");
      }
      memo.chosen = chosen;
      return memo;
    }

    /** Writes the memo under {@code environment}, for {@link #read}. */
    public void write(DataOutputStream out, String environment) throws IOException {
      Map<Slug, Chosen> now = chosen;
      out.writeUTF(FORMAT);
      out.writeUTF(environment);
      // A list too long for its count byte is left out: it is chosen again next time. By slug:
      // the map is filled on both cores, and its order differed between two identical builds.
      List<Map.Entry<Slug, Chosen>> kept = now.entrySet().stream()
          .filter(e -> e.getValue().top().size() <= 255).sorted(Map.Entry.comparingByKey())
          .toList();
      out.writeInt(kept.size());
      for (Map.Entry<Slug, Chosen> e : kept) {
        out.writeUTF(e.getKey().value());
        out.writeLong(e.getValue().key());
        out.writeByte(e.getValue().top().size());
        for (Slug t : e.getValue().top()) {
          out.writeUTF(t.value());
        }
      }
    }
  }

  /**
   * Like {@link #of(TagIndex, int)}, reusing what {@code memo} chose before, and leaving out
   * each article's own story: the other versions of a story share all its tags, so they would
   * fill the list, and the article page lists them under the story already.
   */
  public static RelatedArticles of(TagIndex tags, int perArticle, Memo memo,
      StoryGroups stories) {
    Map<String, TagIndex.Entry> bySlug = new HashMap<>();
    Map<String, Long> versions = new HashMap<>();
    // Every tagged article once, in the order the tag lists first show it.
    Map<Slug, Article> articles = new LinkedHashMap<>();
    int largest = 1;
    for (TagIndex.Entry e : tags.entries()) {
      bySlug.put(e.tag().slug().value(), e);
      versions.put(e.tag().slug().value(), version(e));
      largest = Math.max(largest, e.count());
      for (Article a : e.articles()) {
        articles.putIfAbsent(a.slug(), a);
      }
    }
    int n = largest;
    List<Article> tagged = new ArrayList<>(articles.values());
    Map<Slug, List<Article>> result = new ConcurrentHashMap<>();
    Map<Slug, Memo.Chosen> chosen = new ConcurrentHashMap<>();
    Map<Slug, Memo.Chosen> before = memo.chosen;
    tagged.parallelStream().forEach(a -> {
      long key = 31 * key(a, n, perArticle, versions) + stories.version();
      Memo.Chosen old = before.get(a.slug());
      List<Article> top;
      if (old != null && old.key() == key && articles.keySet().containsAll(old.top())) {
        top = old.top().stream().map(articles::get).toList();
      } else {
        top = topFor(a, bySlug, n, perArticle, stories);
      }
      chosen.put(a.slug(), new Memo.Chosen(key, top.stream().map(Article::slug).toList()));
      if (!top.isEmpty()) {
        result.put(a.slug(), top);
      }
    });
    memo.chosen = chosen;
    return new RelatedArticles(result);
  }

  /** A tag's list as the ranking sees it: its articles in order, with their dates. */
  private static long version(TagIndex.Entry e) {
    long h = 1125899906842597L;
    for (Article a : e.articles()) {
      h = 31 * h + a.slug().hashCode();
      h = 31 * h + a.date().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    }
    return h * 31 + e.count();
  }

  /** Everything {@link #topFor} reads for {@code a}, hashed. */
  private static long key(Article a, int n, int perArticle, Map<String, Long> versions) {
    long h = 31L * n + perArticle;
    h = 31 * h + a.date().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    for (Tag t : a.tags()) {
      h = 31 * h + t.slug().hashCode();
      h = 31 * h + versions.getOrDefault(t.slug().value(), 0L);
    }
    return h;
  }

  private static List<Article> topFor(Article self, Map<String, TagIndex.Entry> tags, int n,
      int perArticle, StoryGroups stories) {
    Map<Slug, Double> scores = new HashMap<>();
    Map<Slug, Article> candidates = new HashMap<>();
    for (Tag t : self.tags()) {
      TagIndex.Entry e = tags.get(t.slug().value());
      if (e == null || e.count() < 2) {
        continue;
      }
      List<Article> list = e.articles();
      // Tag lists are in archive order, so an article's place is found by binary search.
      int i = Collections.binarySearch(list, self, Archive.NEWEST_FIRST);
      if (i < 0) {
        continue;
      }
      double weight = Math.log(1.0 + (double) (n + 1) / list.size());
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(list.size(), i + WINDOW + 1);
      for (int j = from; j < to; j++) {
        Article other = list.get(j);
        if (j != i && !stories.sameStory(self, other)) {
          scores.merge(other.slug(), weight, Double::sum);
          candidates.putIfAbsent(other.slug(), other);
        }
      }
    }
    if (perArticle <= 0) {
      return List.of();
    }
    // The best few by score, then nearness in time, then slug: a total order, so keeping the
    // first perArticle of a running selection gives what sorting every candidate would.
    Comparator<Ranked> order = Comparator.comparingDouble(Ranked::score).reversed()
        .thenComparingLong(Ranked::days).thenComparing(r -> r.article().slug());
    // One article per story, the best ranked: five versions of one other story are one
    // suggestion, not five.
    Map<Slug, Ranked> byStory = new HashMap<>();
    for (Article other : candidates.values()) {
      Ranked r = new Ranked(other, scores.get(other.slug()), distanceInDays(self, other));
      byStory.merge(stories.storyKey(other), r, (x, y) -> order.compare(x, y) <= 0 ? x : y);
    }
    List<Ranked> best = new ArrayList<>(perArticle + 1);
    for (Ranked r : byStory.values()) {
      if (best.size() == perArticle && order.compare(r, best.get(perArticle - 1)) >= 0) {
        continue;
      }
      int at = best.size();
      while (at > 0 && order.compare(r, best.get(at - 1)) < 0) {
        at--;
      }
      best.add(at, r);
      if (best.size() > perArticle) {
        best.remove(perArticle);
      }
    }
    return best.stream().map(Ranked::article).toList();
  }

  private record Ranked(Article article, double score, long days) {}

  private static long distanceInDays(Article a, Article b) {
    if (a.date().isEmpty() || b.date().isEmpty()) {
      return Long.MAX_VALUE;
    }
    return Math.abs(a.date().get().toEpochDay() - b.date().get().toEpochDay());
  }

  public List<Article> of(Article article) {
    return related.getOrDefault(article.slug(), List.of());
  }
}
