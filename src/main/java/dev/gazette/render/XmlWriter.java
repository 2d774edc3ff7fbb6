package dev.gazette.render;

/** Just enough XML writing for feeds and sitemaps: text and attributes always escaped. */
final class XmlWriter {
  private final StringBuilder out = new StringBuilder(4096);

  XmlWriter() {
    this(true);
  }

  private XmlWriter(boolean declaration) {
    if (declaration) {
      out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    }
  }

  /** A writer for a piece of a document: no XML declaration. */
  static XmlWriter fragment() {
    return new XmlWriter(false);
  }

  XmlWriter raw(String s) {
    out.append(s);
    return this;
  }

  XmlWriter element(String indent, String name, String text) {
    out.append(indent).append('<').append(name).append('>').append(escape(text)).append("</")
        .append(name).append(">\n");
    return this;
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          // Characters XML 1.0 forbids are dropped rather than making the feed unreadable.
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            if (c != 0xFFFE && c != 0xFFFF) {
              b.append(c);
            }
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
