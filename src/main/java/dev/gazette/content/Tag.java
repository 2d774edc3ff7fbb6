package dev.gazette.content;

/** A tag as shown ({@code Prince Harry}) and as addressed ({@code prince-harry}). */
public record Tag(String name, Slug slug) implements Comparable<Tag> {

  public static Tag of(String name) {
    String clean = name.strip().replaceAll("\\s+", " ");
    return new Tag(clean, Slug.of(clean, "tag"));
  }

  @Override
  public int compareTo(Tag o) {
    return slug.compareTo(o.slug);
  }
}
