package dev.gazette.normalize;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes recognized blocks as Markdown. Raw text is plain text, so every character Markdown would
 * read as syntax is escaped: what the reporter typed is what the reader sees. Captions use the
 * alert syntax {@code > [!CAPTION]}, which the renderer turns into a figure caption; lists and
 * sub-headings become Markdown lists and {@code ##} headings.
 */
public final class MarkdownBody {
  public static final String CAPTION_MARKER = "[!CAPTION]";
  private static final Pattern ENTITY_LIKE = Pattern.compile("&(?=#?[a-zA-Z0-9]+;)");
  private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern BLOCK_START = Pattern.compile("^([#+\\-=>|:])");

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
        default -> out.append(c);
      }
    }
    String s = ENTITY_LIKE.matcher(out).replaceAll("\\\\&");
    s = LIST_NUMBER.matcher(s).replaceFirst("$1\\\\$2");
    s = BLOCK_START.matcher(s).replaceFirst("\\\\$1");
    return s;
  }
}
