package dev.gazette.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one rule for every URL an article puts in {@code href} or {@code src}: http, https, mailto,
 * relative URLs and fragments are kept; anything else is refused.
 *
 * <p>The URL is judged the way a browser will read it, not the way it was written: character
 * references and backslash escapes are already decoded by the caller (Flexmark's
 * {@code unescape()}), browsers drop tab, CR and LF anywhere and C0 controls and spaces at both
 * ends, and ignore the scheme's case. So {@code Java&#9;Script:} is {@code javascript:}. Other
 * controls are removed too, and any colon before the first {@code /}, {@code ?} or {@code #}
 * counts as a scheme, even one a browser would not parse: the rule refuses what it cannot read.
 */
public final class UrlPolicy {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  private UrlPolicy() {}

  public static boolean allows(CharSequence url) {
    return refusal(url).isEmpty();
  }

  /** Why the URL is refused (naming the scheme a browser would see), or empty when allowed. */
  public static Optional<String> refusal(CharSequence url) {
    String u = asBrowserReads(url);
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return Optional.empty();
      }
      if (c == ':') {
        String scheme = u.substring(0, i).toLowerCase(Locale.ROOT);
        return SCHEMES.contains(scheme) ? Optional.empty()
            : Optional.of("scheme '" + printable(scheme) + ":' is not allowed");
      }
    }
    return Optional.empty();
  }

  /** Controls and whitespace a browser ignores are removed; what is left is what it parses. */
  static String asBrowserReads(CharSequence url) {
    StringBuilder b = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
        continue;
      }
      b.append(c);
    }
    int start = 0;
    int end = b.length();
    while (start < end && b.charAt(start) == ' ') {
      start++;
    }
    while (end > start && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(start, end);
  }

  private static String printable(String s) {
    String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    StringBuilder b = new StringBuilder();
    shown.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        b.append(String.format("\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
