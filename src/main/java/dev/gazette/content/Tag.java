package dev.gazette.content;

import java.util.regex.Pattern;

/** A tag as shown ({@code Prince Harry}) and as addressed ({@code prince-harry}). */
public record Tag(String name, Slug slug) implements Comparable<Tag> {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public static Tag of(String name) {
    String clean = SPACES.matcher(name.strip()).replaceAll(" ");
    // Slugs keep every script's letters, so "Путин" and "日本" get pages of their own.
    return new Tag(clean, Slug.of(clean, "tag"));
  }

  // Written out for the reason given in Slug.
  @Override
  public boolean equals(Object o) {
    return o instanceof Tag t && name.equals(t.name) && slug.equals(t.slug);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + slug.hashCode();
  }

  @Override
  public int compareTo(Tag o) {
    return slug.compareTo(o.slug);
  }
}
