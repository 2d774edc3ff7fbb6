package dev.gazette.content;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A URL path segment: lower-case letters of any script, digits and single hyphens. Anything a
 * person or a hostile file writes is folded into this alphabet, so a slug can never climb out of
 * its folder ({@code /}, {@code .} and {@code \} are never in it).
 *
 * <p>Latin letters lose their accents ({@code Café} → {@code cafe}, as people type them); other
 * scripts keep every letter and mark ({@code Путин} → {@code путин}, {@code 日本} → {@code 日本},
 * {@code हिन्दी} stays whole). Links percent-encode them (see {@code BaseUrl.link}); browsers show
 * them readable in the address bar. {@code &} is "and"; {@code +} and {@code #} right after a
 * letter or digit are "plus" and "sharp", so {@code C++}, {@code C#} and {@code C} are three
 * slugs. A slug is at most 80 characters and 200 bytes of UTF-8, short enough for any file name.
 */
public record Slug(String value) implements Comparable<Slug> {
  private static final int MAX_CHARS = 80;
  private static final int MAX_BYTES = 200;

  public Slug {
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a slug: '" + value + "'");
    }
  }

  // Written out: slugs are the most used map key of a build, and a record's generated methods
  // go through method handles that the fast compiler a build runs on does not inline.
  @Override
  public boolean equals(Object o) {
    return o instanceof Slug s && value.equals(s.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  static boolean isValid(String value) {
    return isPlainAscii(value) || isValidInGeneral(value);
  }

  /** The rules in full, for any script. */
  static boolean isValidInGeneral(String value) {
    if (value.isEmpty() || value.startsWith("-") || value.endsWith("-") || value.contains("--")
        || value.codePointCount(0, value.length()) > MAX_CHARS
        || value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
        || !value.equals(value.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return value.codePoints().allMatch(cp -> cp == '-' || isSlugChar(cp));
  }

  /**
   * Whether {@code value} is a slug of lower-case ASCII letters, digits and single inner dashes
   * within the length limits: nearly every slug, checked in one pass over its characters (a
   * build makes tens of thousands; the general check below encodes and lower-cases each).
   */
  static boolean isPlainAscii(String value) {
    int n = value.length();
    if (n == 0 || n > MAX_CHARS || n > MAX_BYTES) {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (previous == '-') {
          return false; // leading, or doubled
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }

  private static boolean isSlugChar(int cp) {
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /**
   * What a slug keeps of a name and what it drops: two names with one slug are the same name
   * written differently ({@code Prince Harry}, {@code prince-harry}, {@code Café} and
   * {@code Cafe}) only if this is equal for both; {@code C++} and {@code C} are not.
   */
  public static String spelling(String text) {
    String hashtag = text.strip().replaceFirst("^#+", ""); // #MeToo is MeToo
    String decomposed = Normalizer.normalize(symbolsAsWords(hashtag), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder();
    boolean latinBase = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
      if (mark && latinBase || Character.isWhitespace(cp) || "-_.'\u2019".indexOf(cp) >= 0) {
        continue;
      }
      if (!mark) {
        latinBase = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
      }
      b.appendCodePoint(cp);
    }
    return Normalizer.normalize(b, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Folds any text into a slug; {@code fallback} when nothing usable remains. */
  public static Slug of(String text, String fallback) {
    String words = symbolsAsWords(text);
    String decomposed = Normalizer.normalize(words, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean latinBase = false;
    boolean hyphen = true; // no hyphen at the start
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      boolean mark = type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
      if (mark) {
        if (!latinBase && !hyphen) {
          b.appendCodePoint(cp);
        }
        continue;
      }
      if (cp == '\'' || cp == '\u2019') {
        continue; // don't → dont
      }
      if (Character.isLetterOrDigit(cp)) {
        latinBase = Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
        b.appendCodePoint(cp);
        hyphen = false;
      } else if (!hyphen) {
        b.append('-');
        hyphen = true;
      }
    }
    String folded = Normalizer.normalize(b, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    folded = cut(trimHyphens(folded));
    return folded.isEmpty() || !isValid(folded) ? new Slug(fallback) : new Slug(folded);
  }

  private static String symbolsAsWords(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char before = i > 0 ? text.charAt(i - 1) : ' ';
      boolean afterWord = Character.isLetterOrDigit(before) || before == c;
      if (c == '&') {
        b.append(" and ");
      } else if (c == '+' && afterWord) {
        b.append(" plus ");
      } else if (c == '#' && afterWord) {
        b.append(" sharp ");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** At most the limits, cut at a hyphen where one is near the end. */
  private static String cut(String s) {
    if (fits(s)) {
      return s;
    }
    int end = 0;
    int lastHyphen = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!fits(s.substring(0, next))) {
        break;
      }
      if (cp == '-') {
        lastHyphen = i;
      }
      end = next;
      i = next;
    }
    // a mark never starts or is cut from its letter: drop trailing marks with it
    String head = lastHyphen > end / 4 ? s.substring(0, lastHyphen) : s.substring(0, end);
    return trimHyphens(head);
  }

  private static boolean fits(String s) {
    return s.codePointCount(0, s.length()) <= MAX_CHARS
        && s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
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
    String suffix = "-" + n;
    String base = value;
    while (!fits(base + suffix)) {
      base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
    }
    return new Slug(trimHyphens(base) + suffix);
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
