package dev.gazette.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A URL path segment: lower-case ASCII letters, digits and single hyphens. Anything a person or a
 * hostile file writes is folded into this alphabet, so a slug can never climb out of its folder.
 */
public record Slug(String value) implements Comparable<Slug> {
  private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final int MAX_LENGTH = 80;

  public Slug {
    if (!VALID.matcher(value).matches() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("not a slug: '" + value + "'");
    }
  }

  /** Folds any text into a slug; {@code fallback} when nothing usable remains. */
  public static Slug of(String text, String fallback) {
    String folded = Normalizer.normalize(text.replace("&", " and "), Normalizer.Form.NFKD);
    folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT)
        .replace("'", "").replace("\u2019", "");
    folded = NON_ALNUM.matcher(folded).replaceAll("-");
    folded = trimHyphens(folded);
    if (folded.length() > MAX_LENGTH) {
      int cut = folded.lastIndexOf('-', MAX_LENGTH);
      folded = trimHyphens(folded.substring(0, cut > 20 ? cut : MAX_LENGTH));
    }
    return folded.isEmpty() ? new Slug(fallback) : new Slug(folded);
  }

  private static String trimHyphens(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '-') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '-') {
      end--;
    }
    return s.substring(start, end);
  }

  /** The same slug with a numeric suffix, used to separate two articles with one title. */
  public Slug withSuffix(int n) {
    String base = value.length() > MAX_LENGTH - 6 ? value.substring(0, MAX_LENGTH - 6) : value;
    return new Slug(trimHyphens(base) + "-" + n);
  }

  @Override
  public int compareTo(Slug o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
