package dev.gazette.normalize;

import java.util.List;

/** A piece of an article's body as recognized in raw text. */
public sealed interface Block {
  /** The block's text as it stood in the source, one line per list item. */
  String text();

  /** Prose, quotations included. */
  record Paragraph(String text) implements Block {}

  /** A photo caption or credit line: shown as a caption, never as prose or in the summary. */
  record Caption(String text) implements Block {}

  /** "By Jane Smith, Political Editor": kept as a line of its own, never the summary. */
  record Byline(String text) implements Block {}

  /** A sub-heading inside the body. */
  record Heading(String text) implements Block {}

  /**
   * Consecutive list lines. Markers are not kept: a bullet list is written with {@code -}, a
   * numbered one from {@code start} on (only lists numbered one by one are recognized, so no
   * number the writer typed is lost).
   */
  record ListBlock(List<String> items, boolean ordered, int start) implements Block {
    public ListBlock {
      items = List.copyOf(items);
    }

    @Override
    public String text() {
      return String.join("\n", items);
    }
  }
}
