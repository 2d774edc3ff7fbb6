package dev.gazette.normalize;

import java.util.List;

/**
 * Writes recognized blocks as Markdown. Raw text is plain text, so every character Markdown would
 * read as syntax is escaped: what the reporter typed is what the reader sees. Captions use the
 * alert syntax {@code > [!CAPTION]}, which the renderer turns into a figure caption; lists and
 * sub-headings become Markdown lists and {@code ##} headings.
 */
public final class MarkdownBody {
  public static final String CAPTION_MARKER = "[!CAPTION]";

  private MarkdownBody() {}

  public static String write(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append('\n');
      }
      if (b instanceof Block.ListBlock list) {
        for (int i = 0; i < list.items().size(); i++) {
          out.append(list.ordered() ? (list.start() + i) + ". " : "- ")
              .append(escape(list.items().get(i))).append('\n');
        }
        continue;
      }
      String text = escape(b.text());
      if (b instanceof Block.Caption) {
        out.append("> ").append(CAPTION_MARKER).append("\n> ").append(text).append('\n');
      } else if (b instanceof Block.Heading) {
        out.append("## ").append(text).append('\n');
      } else {
        out.append(text).append('\n');
      }
    }
    return out.toString();
  }

  /** Escapes one line of plain text so Markdown shows it literally. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<', '>', '~', '|' -> out.append('\\').append(c);
        case '&' -> out.append(entityFollows(text, i + 1) ? "\\&" : "&");
        default -> out.append(c);
      }
    }
    // Block syntax only matters at the start of the line: "1." or "1)" starts a list, and
    // "#", "+", "-", "=", ">", "|", ":" start headings, lists, quotes, tables or rules.
    int digits = 0;
    while (digits < out.length() && digits < 10 && Character.isDigit(out.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits <= 9 && digits < out.length()
        && (out.charAt(digits) == '.' || out.charAt(digits) == ')')
        && (digits + 1 == out.length() || Character.isWhitespace(out.charAt(digits + 1)))) {
      out.insert(digits, '\\');
    } else if (out.length() > 0 && "#+-=>|:".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    }
    return out.toString();
  }

  /** True for {@code name;} or {@code #123;} at {@code from}: Markdown would read an entity. */
  private static boolean entityFollows(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '#') {
      i++;
    }
    int start = i;
    while (i < text.length() && i - start <= 32) {
      char c = text.charAt(i);
      if (c == ';') {
        return i > start;
      }
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        return false;
      }
      i++;
    }
    return false;
  }
}
