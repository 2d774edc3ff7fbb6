package dev.gazette.search;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * The readable text of a Markdown body: markup removed, one space between words.
 *
 * <p>Each pass is a plain scan of the text; the two rare constructs (call-outs, links and
 * images) go through a regular expression only when the text holds their opening characters.
 * The search step reads every body twice, and seven regular-expression passes over each were a
 * fifth of a cold build's CPU. {@code MarkdownTextTest} holds the expressions these scans
 * replace and checks that both give the same text.
 */
final class MarkdownText {
  // Bounded: each '[' starts a try, and an unbounded scan to the next ']' or ')' made text of
  // many unclosed brackets cost the square of its length (60 kB of "![" took 36 s).
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,1000})]\\([^)]{0,2048}\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,1000})]\\([^)]{0,2048}\\)");
  private static final Pattern CALLOUT = Pattern.compile("(?m)^\\s*>\\s*\\[![A-Z]+]\\s*");
  private static final boolean[] ESCAPABLE = ascii("\\`*_{}[]()#+-.!|<>~&:=");
  private static final boolean[] EMPHASIS = ascii("*_`~|");

  private MarkdownText() {}

  private static boolean[] ascii(String chars) {
    boolean[] table = new boolean[128];
    for (char c : chars.toCharArray()) {
      table[c] = true;
    }
    return table;
  }

  private static boolean in(boolean[] table, char c) {
    return c < 128 && table[c];
  }

  static String of(String markdown) {
    String s = markdown.contains("[!") ? CALLOUT.matcher(markdown).replaceAll("") : markdown;
    s = withoutLineMarks(s);
    if (s.contains("](")) {
      s = IMAGE.matcher(s).replaceAll("$1");
      s = LINK.matcher(s).replaceAll("$1");
    }
    return entities(plain(s));
  }

  /**
   * With HTML entities as the characters they stand for ({@code Zo&euml;} → {@code Zoë}), as the
   * rendered page shows them: otherwise "zoe" does not find the article and the snippet shows
   * {@code &mdash;}. An unknown name stays as it is.
   */
  static String entities(String text) {
    return text.indexOf('&') < 0 ? text : Escaping.unescapeHtml(text);
  }

  /**
   * Without the marks that open a line: heading hashes, quote marks, bullets, list numbers and
   * table pipes, after at most three white-space characters (as
   * {@code (?m)^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|\|)}).
   */
  static String withoutLineMarks(String text) {
    // Over an array, for the reason given at plain().
    char[] s = text.toCharArray();
    StringBuilder out = null;
    int copied = 0;
    int n = s.length;
    for (int p = 0; p < n; p = nextLineStart(s, p)) {
      int end = lineMarkEnd(s, p);
      if (end < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(s, copied, p - copied);
      copied = end;
      // A mark's trailing white space may run over line ends: the next line starts after it.
      if (end > p && end < n && isLineStart(s, end)) {
        p = end - 1;
      } else {
        p = end;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(s, copied, n - copied).toString();
  }

  /** The end of a line mark at line start {@code p}, or -1 when there is none. */
  private static int lineMarkEnd(char[] s, int p) {
    int n = s.length;
    int indent = 0;
    while (indent < 3 && p + indent < n && isSpace(s[p + indent])) {
      indent++;
    }
    for (int k = indent; k >= 0; k--) {
      int end = markEnd(s, p + k);
      if (end >= 0) {
        return end;
      }
    }
    return -1;
  }

  private static int markEnd(char[] s, int i) {
    int n = s.length;
    if (i >= n) {
      return -1;
    }
    char c = s[i];
    if (c == '#') {
      int j = i;
      while (j < n && s[j] == '#') {
        j++;
      }
      return j - i <= 6 ? spaces(s, j, 1) : -1;
    }
    if (c == '>') {
      return i + 1 < n && isSpace(s[i + 1]) ? i + 2 : i + 1;
    }
    if (c == '-' || c == '*' || c == '+') {
      return spaces(s, i + 1, 1);
    }
    if (c >= '0' && c <= '9') {
      int j = i;
      while (j < n && s[j] >= '0' && s[j] <= '9') {
        j++;
      }
      return j < n && (s[j] == '.' || s[j] == ')') ? spaces(s, j + 1, 1) : -1;
    }
    return c == '|' ? i + 1 : -1;
  }

  /** The end of at least {@code min} white-space characters from {@code i}, or -1. */
  private static int spaces(char[] s, int i, int min) {
    int j = i;
    while (j < s.length && isSpace(s[j])) {
      j++;
    }
    return j - i >= min ? j : -1;
  }

  private static int nextLineStart(char[] s, int p) {
    int n = s.length;
    for (int i = p; i < n; i++) {
      char c = s[i];
      if (isLineTerminator(c)) {
        int next = c == '\r' && i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
        return next < n ? next : n;
      }
    }
    return n;
  }

  /** Where {@code (?m)^} matches: after a line terminator, not inside "\r\n", not at the end. */
  private static boolean isLineStart(char[] s, int i) {
    if (i == 0) {
      return s.length > 0;
    }
    if (i >= s.length) {
      return false;
    }
    char before = s[i - 1];
    return isLineTerminator(before) && !(before == '\r' && s[i] == '\n');
  }

  private static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** {@code \s} of a Java regular expression. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Emphasis marks (not after a backslash) as a space, backslash escapes as the character,
   * white space as one space, stripped: in one scan.
   */
  private static String plain(String s) {
    // Over arrays, not String.charAt: most article bodies hold a character beyond Latin-1 (a
    // curly quote, a dash), and on the fast compiler a build runs on, charAt of such a string
    // calls out for its bounds check at every character.
    char[] text = s.toCharArray();
    int n = text.length;
    char[] out = new char[n];
    int o = 0;
    boolean space = false;
    int i = 0;
    // The emphasis pass ran before the escape pass, so an escape's backslash is judged on the
    // text as it was: "\\*" keeps its mark out of emphasis, "\\\\*" does not.
    while (i < n) {
      char c = text[i];
      if (in(EMPHASIS, c) && (i == 0 || text[i - 1] != '\\')) {
        while (i < n && in(EMPHASIS, text[i])) {
          i++;
        }
        space = true;
        continue;
      }
      if (c == '\\' && i + 1 < n && in(ESCAPABLE, text[i + 1])) {
        c = text[i + 1];
        i += 2;
      } else {
        i++;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && o > 0) {
        out[o++] = ' ';
      }
      space = false;
      out[o++] = c;
    }
    // Never more than the input: each character out stands for at least one in.
    return new String(out, 0, o).strip();
  }
}
