package dev.gazette.markdown;

/** An article's text as escaped paragraphs: what is shown when its Markdown cannot be rendered. */
final class PlainHtml {
  private PlainHtml() {}

  static String of(String text) {
    StringBuilder html = new StringBuilder(text.length() + 64);
    for (String paragraph : text.split("\n[ \t]*\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      html.append("<p>");
      escape(paragraph.strip(), html);
      html.append("</p>\n");
    }
    return html.toString();
  }

  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
