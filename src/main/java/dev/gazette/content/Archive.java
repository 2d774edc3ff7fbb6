package dev.gazette.content;

import dev.gazette.diag.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All published articles, newest first (date descending, then slug), undated ones last. Slugs are
 * unique: when two articles want one slug, the one from the file that sorts first keeps it and the
 * others get {@code -2}, {@code -3}, with a warning, so a build never silently overwrites a page.
 */
public final class Archive {

  /** Newest first; undated at the end; ties broken by slug so order never depends on I/O. */
  public static final Comparator<Article> NEWEST_FIRST = Comparator
      .comparing((Article a) -> a.date().isEmpty())
      .thenComparing(a -> a.date().orElse(null),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Article::slug)
      .thenComparing(Article::source);

  private final List<Article> articles;
  private final List<Problem> problems;

  private Archive(List<Article> articles, List<Problem> problems) {
    this.articles = List.copyOf(articles);
    this.problems = List.copyOf(problems);
  }

  /** Drops drafts unless asked to keep them, separates slug collisions, sorts. */
  public static Archive of(List<Article> input, boolean includeDrafts) {
    List<Article> bySource = new ArrayList<>(input);
    bySource.sort(Comparator.comparing(Article::source));
    Set<Slug> taken = new HashSet<>();
    Map<Slug, String> firstOwner = new HashMap<>();
    List<Article> kept = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Article a : bySource) {
      if (a.draft() && !includeDrafts) {
        continue;
      }
      Slug slug = a.slug();
      if (!taken.add(slug)) {
        int n = 2;
        Slug candidate = slug.withSuffix(n);
        while (taken.contains(candidate)) {
          candidate = slug.withSuffix(++n);
        }
        problems.add(Problem.warning(a.source(), 0, "slug '" + slug + "' is already used by "
            + firstOwner.get(slug) + "; this article is published as '" + candidate + "'"));
        taken.add(candidate);
        a = a.withSlug(candidate);
      } else {
        firstOwner.put(slug, a.source());
      }
      kept.add(a);
    }
    kept.sort(NEWEST_FIRST);
    return new Archive(kept, problems);
  }

  public List<Article> articles() {
    return articles;
  }

  public int size() {
    return articles.size();
  }

  /** Slug collisions that were resolved by renaming. */
  public List<Problem> problems() {
    return problems;
  }
}
