package dev.gazette.content;

import java.util.regex.Pattern;

/** A tag as shown ({@code Prince Harry}) and as addressed ({@code prince-harry}). */
public record Tag(String name, Slug slug) implements Comparable<Tag> {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public static Tag of(String name) {
    String clean = SPACES.matcher(name.strip()).replaceAll(" ");
    return new Tag(clean, otherScript(clean) ? codePoints(clean) : Slug.of(clean, "tag"));
  }

  /** A letter of a script other than Latin (Cyrillic, Arabic, CJK), which slugs cannot fold. */
  private static boolean otherScript(String name) {
    return name.codePoints().anyMatch(c -> Character.isLetter(c)
        && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
  }

  /**
   * "Путин" → "u43f-u443-u442-u438-u43d": one stable, distinct slug per name in any script
   * (ASCII letters and digits kept, other letters as their code points).
   */
  private static Slug codePoints(String name) {
    StringBuilder b = new StringBuilder();
    name.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
      if (c < 128 && Character.isLetterOrDigit(c)) {
        b.append((char) c);
      } else if (Character.isLetterOrDigit(c)) {
        b.append(b.length() > 0 && b.charAt(b.length() - 1) != '-' ? "-" : "").append('u')
            .append(Integer.toHexString(c)).append('-');
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    });
    return Slug.of(b.toString(), "tag");
  }

  @Override
  public int compareTo(Tag o) {
    return slug.compareTo(o.slug);
  }
}
