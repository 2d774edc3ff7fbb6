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
 * others get {@code -2}, {@code -3}, with a warning naming both files, so a build never silently
 * overwrites a page. A suffix is never one that another article asks for itself (an explicit
 * {@code slug: a-2}): the slug an article asks for wins over a number chosen for another.
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
    List<Article> published = bySource.stream().filter(a -> includeDrafts || !a.draft())
        .toList();
    Set<Slug> wanted = new HashSet<>();
    published.forEach(a -> wanted.add(a.slug()));
    Map<Slug, String> owner = new HashMap<>();
    List<Article> kept = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Article> renamed = new ArrayList<>();
    for (Article a : published) {
      if (owner.putIfAbsent(a.slug(), a.source()) == null) {
        kept.add(a);
      } else {
        renamed.add(a);
      }
    }
    // Numbers are handed out once every article that asked for its own slug has it.
    for (Article a : renamed) {
      Slug slug = a.slug();
      int n = 2;
      Slug candidate = slug.withSuffix(n);
      while (owner.containsKey(candidate) || wanted.contains(candidate)) {
        candidate = slug.withSuffix(++n);
      }
      problems.add(Problem.warning(a.source(), 0, "slug '" + slug + "' is already used by "
          + owner.get(slug) + "; this article is published as '" + candidate + "'"));
      owner.put(candidate, a.source());
      kept.add(a.withSlug(candidate));
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
