package dev.gazette.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Optional;

/**
 * The HTML of a body that is nothing but paragraphs of plain text, which is what most raw
 * articles normalize to, written directly: Flexmark's parse and render of such a body give
 * {@code <p>} elements of the escaped lines and nothing else, and they were a tenth of a cold
 * build. Any character or line start that could make anything else (emphasis, code, links,
 * entities, HTML, lists, headings, quotes, tables, breaks, indented code, autolinks) sends the
 * body to Flexmark. {@code PlainParagraphsTest} compares both on every BBC article and on random
 * texts made of the characters this class refuses and accepts.
 */
final class PlainParagraphs {
  private PlainParagraphs() {}

  /** The HTML Flexmark would give {@code markdown}, when it is plain paragraphs only. */
  static Optional<String> html(String markdown) {
    if (MarkdownRenderer.mayAutolink(markdown)) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(markdown.length() + markdown.length() / 8 + 16);
    StringBuilder paragraph = new StringBuilder();
    int n = markdown.length();
    int at = 0;
    while (at <= n) {
      int end = markdown.indexOf('\n', at);
      if (end < 0) {
        end = n;
      }
      if (end == at) {
        close(paragraph, out);
      } else if (!line(markdown, at, end, paragraph)) {
        return Optional.empty();
      }
      at = end + 1;
    }
    close(paragraph, out);
    return Optional.of(out.toString());
  }

  private static void close(StringBuilder paragraph, StringBuilder out) {
    if (paragraph.length() > 0) {
      out.append("<p>").append(Escaping.escapeHtml(paragraph, false)).append("</p>\n");
      paragraph.setLength(0);
    }
  }

  /** Adds one line, unescaped, to the paragraph; false when it may be anything but text. */
  private static boolean line(String s, int from, int to, StringBuilder paragraph) {
    if (!safeStart(s, from, to) || !safeEnd(s.charAt(to - 1))) {
      return false;
    }
    if (paragraph.length() > 0) {
      paragraph.append('\n');
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        // An escaped ASCII punctuation mark is that mark; a backslash before anything else
        // (or ending the line: a hard break) is left to Flexmark.
        if (i + 1 >= to || !escapable(s.charAt(i + 1))) {
          return false;
        }
        paragraph.append(s.charAt(++i));
      } else if (plain(c)) {
        paragraph.append(c);
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * A line start that opens no block: not a space or tab (indented code, or leading white space
   * Flexmark strips), a list, quote, heading, table, fence or break marker, nor an ordered list's
   * number.
   */
  private static boolean safeStart(String s, int from, int to) {
    char c = s.charAt(from);
    if (c == ' ' || c == '#' || c == '-' || c == '+' || c == '=' || c == ':') {
      return false;
    }
    if (c >= '0' && c <= '9') {
      int i = from;
      while (i < to && i - from < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i < to && (s.charAt(i) == '.' || s.charAt(i) == ')')) {
        return false;
      }
    }
    return plain(c) || c == '\\';
  }

  /** Trailing white space may be a hard break, and is trimmed. */
  private static boolean safeEnd(char c) {
    return c != ' ' && c != '\t';
  }

  /**
   * A character that is text wherever it stands in a line: letters, digits, spaces and the
   * punctuation of prose, and anything beyond ASCII but white space, controls and the
   * replacement character. Markup characters ({@code * _ ` [ ] < > & ~ |}) are not.
   */
  private static boolean plain(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ') {
        return true;
      }
      return ".,;:'\"?!()/%$#@+-=^{}".indexOf(c) >= 0;
    }
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
        && Character.getType(c) != Character.FORMAT && !Character.isSurrogate(c)
        && c != '\uFFFD' && c != '\uFEFF';
  }

  /** CommonMark's escapable characters: ASCII punctuation. */
  private static boolean escapable(char c) {
    return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
  }
}
