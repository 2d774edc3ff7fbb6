package dev.gazette.taxonomy;

import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Related articles by shared tags, each tag weighted by how rare it is (a tag on three articles
 * says more than one on three thousand). Candidates come from a window of date-neighbours in each
 * tag's list, which keeps the work linear in archive size.
 */
public final class RelatedArticles {
  private static final int WINDOW = 60;

  private final Map<Slug, List<Article>> related;

  private RelatedArticles(Map<Slug, List<Article>> related) {
    this.related = related;
  }

  public static RelatedArticles of(TagIndex tags, int perArticle) {
    int n = Math.max(1, tags.entries().stream().mapToInt(TagIndex.Entry::count).max().orElse(1));
    Map<Slug, Map<Article, Double>> scores = new HashMap<>();
    Map<Slug, Article> bySlug = new HashMap<>();
    for (TagIndex.Entry e : tags.entries()) {
      List<Article> list = e.articles();
      if (list.size() < 2) {
        continue;
      }
      double weight = Math.log(1.0 + (double) (n + 1) / list.size());
      for (int i = 0; i < list.size(); i++) {
        Article a = list.get(i);
        bySlug.put(a.slug(), a);
        Map<Article, Double> s = scores.computeIfAbsent(a.slug(), k -> new HashMap<>());
        int from = Math.max(0, i - WINDOW);
        int to = Math.min(list.size(), i + WINDOW + 1);
        for (int j = from; j < to; j++) {
          if (j != i) {
            s.merge(list.get(j), weight, Double::sum);
          }
        }
      }
    }
    Map<Slug, List<Article>> result = new HashMap<>();
    scores.forEach((slug, s) -> {
      Article self = bySlug.get(slug);
      List<Map.Entry<Article, Double>> ranked = new ArrayList<>(s.entrySet());
      ranked.sort(Comparator.<Map.Entry<Article, Double>>comparingDouble(Map.Entry::getValue)
          .reversed()
          .thenComparingLong(en -> distanceInDays(self, en.getKey()))
          .thenComparing(en -> en.getKey().slug()));
      List<Article> top = new ArrayList<>();
      for (int i = 0; i < ranked.size() && i < perArticle; i++) {
        top.add(ranked.get(i).getKey());
      }
      result.put(slug, List.copyOf(top));
    });
    return new RelatedArticles(result);
  }

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
