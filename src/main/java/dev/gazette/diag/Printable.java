package dev.gazette.diag;

/**
 * Text made safe to print on a terminal. File names and article text are the user's (or an
 * attacker's): a name holding {@code ESC]0;...} would retitle the terminal, {@code ESC[2J} clear
 * it, a right-to-left override reorder the line so it lies about which file is meant. Every
 * control character, bidirectional control, non-character and lone surrogate is shown as
 * {@code \\uXXXX} instead; line breaks are kept.
 */
public final class Printable {
  private Printable() {}

  public static String escape(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (c != '\n' && isUnsafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** A char (not part of a surrogate pair) that must not reach a terminal or a page as is. */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E || c == 0x200F || c == 0x061C
        || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c);
  }
}
