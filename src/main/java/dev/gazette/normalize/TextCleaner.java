package dev.gazette.normalize;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evens out what copy-paste and old systems leave in raw text: line endings, tabs, non-breaking
 * and zero-width spaces, HTML entities. Visible characters (smart quotes, dashes) are kept as
 * written.
 */
final class TextCleaner {
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}"
      + "|[a-zA-Z][a-zA-Z0-9]{1,7});");
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
      Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("pound", "£"), Map.entry("euro", "€"), Map.entry("yen", "¥"),
      Map.entry("cent", "¢"), Map.entry("copy", "©"), Map.entry("reg", "®"),
      Map.entry("trade", "™"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
      Map.entry("hellip", "…"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("deg", "°"),
      Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("aacute", "á"),
      Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"));

  private TextCleaner() {}

  static String clean(String text) {
    // Over an array, not String.charAt: a text beyond Latin-1 (most raw articles hold a curly
    // quote or a dash) pays for a bounds-check call at every character on the fast compiler a
    // build runs on.
    char[] in = text.toCharArray();
    int n = in.length;
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c >= 0x20 && c < 0x7F || c == '\n') {
        // Printable ASCII and line ends stay as they are: copied a run at a time.
        int end = i + 1;
        while (end < n && (in[end] >= 0x20 && in[end] < 0x7F || in[end] == '\n')) {
          end++;
        }
        out.append(in, i, end - i);
        i = end - 1;
        continue;
      }
      switch (c) {
        case '\r' -> {
          out.append('\n');
          if (i + 1 < n && in[i + 1] == '\n') {
            i++;
          }
        }
        case '\t', '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u3000', '\u000B',
            '\f' -> out.append(' ');
        case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> { }
        case '\u2028', '\u2029', '\u0085' -> out.append('\n');
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
            int cp = Character.toCodePoint(c, in[i + 1]);
            if (!isDropped(cp)) {
              out.appendCodePoint(cp);
            }
            i++;
          } else if (c == '\n' || !isDropped(c)) {
            out.append(c);
          }
        }
      }
    }
    return decodeEntities(out.toString());
  }

  /**
   * Invisible debris of old systems and what would make text read otherwise than it is stored:
   * C0 and C1 controls and DEL, bidirectional embeddings, overrides and isolates, non-characters
   * (U+FFFE, U+FDD0 ...) and surrogates without their pair. Dropped from raw text, so a title or
   * summary holds nothing the front-matter reader would remove when it reads the normalized file.
   */
  static boolean isDropped(int cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069) || (cp >= 0xFDD0 && cp <= 0xFDEF)
        || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF);
  }

  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement = null;
      if (name.startsWith("#")) {
        try {
          int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
              ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
          if (Character.isValidCodePoint(cp) && !isDropped(cp)) {
            replacement = new String(Character.toChars(cp));
          }
        } catch (NumberFormatException ignored) {
          replacement = null;
        }
      } else {
        replacement = NAMED.get(name);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group()
          : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Collapses runs of spaces inside a line and trims it. */
  static String squeeze(String line) {
    String s = line.strip();
    if (s.indexOf("  ") < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' || out.length() == 0 || out.charAt(out.length() - 1) != ' ') {
        out.append(c);
      }
    }
    return out.toString();
  }
}
