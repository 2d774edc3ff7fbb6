package dev.gazette.taxonomy;

import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every tag with its articles, newest first. Tags that fold to one slug are one tag. */
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

  private TagIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static TagIndex of(Archive archive) {
    Map<String, List<Article>> bySlug = new TreeMap<>();
    Map<String, Tag> names = new TreeMap<>();
    for (Article a : archive.articles()) {
      for (Tag t : a.tags()) {
        bySlug.computeIfAbsent(t.slug().value(), k -> new ArrayList<>()).add(a);
        // The first spelling in archive order (newest article) names the tag.
        names.putIfAbsent(t.slug().value(), t);
      }
    }
    List<Entry> entries = new ArrayList<>();
    bySlug.forEach((slug, list) -> entries.add(new Entry(names.get(slug), list)));
    return new TagIndex(entries);
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
