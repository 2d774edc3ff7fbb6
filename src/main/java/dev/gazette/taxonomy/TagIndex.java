package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every tag with its articles, newest first. Tags that fold to one slug are one tag; when their
 * names differ by more than case, spacing and accents ({@link Slug#spelling}), two different
 * tags share a page, and a warning names both and where they come from.
 */
public final class TagIndex {

  /** One tag and its articles in archive order. */
  public record Entry(Tag tag, List<Article> articles) {
    public Entry {
      articles = List.copyOf(articles);
    }

    public int count() {
      return articles.size();
    }
  }

  private final List<Entry> entries;
  private final List<Problem> problems;

  private TagIndex(List<Entry> entries, List<Problem> problems) {
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
  }

  /** Different tags that fold to one slug. */
  public List<Problem> problems() {
    return problems;
  }

  public static TagIndex of(Archive archive) {
    Map<String, List<Article>> bySlug = new TreeMap<>();
    Map<String, Tag> names = new TreeMap<>();
    Map<String, Map<String, String>> spellings = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Article a : archive.articles()) {
      for (Tag t : a.tags()) {
        bySlug.computeIfAbsent(t.slug().value(), k -> new ArrayList<>()).add(a);
        // The first spelling in archive order (newest article) names the tag.
        names.putIfAbsent(t.slug().value(), t);
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
    List<Entry> entries = new ArrayList<>();
    bySlug.forEach((slug, list) -> entries.add(new Entry(names.get(slug), list)));
    return new TagIndex(entries, problems);
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
