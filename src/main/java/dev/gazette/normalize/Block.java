package dev.gazette.normalize;

/** A piece of an article's body as recognized in raw text. */
public sealed interface Block {
  String text();

  /** Prose. */
  record Paragraph(String text) implements Block {}

  /** A photo caption or credit line: shown as a caption, never as prose or in the summary. */
  record Caption(String text) implements Block {}

  /** A sub-heading inside the body. */
  record Heading(String text) implements Block {}
}
