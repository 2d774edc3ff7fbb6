package dev.gazette.normalize;

import java.util.regex.Pattern;

/** Just enough Markdown reading to take a summary or title out of a body. */
final class PlainText {
  private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
  private static final Pattern NUMBERED = Pattern.compile("(?s)^\\d+[.)]\\s.*");
  private static final Pattern RULE = Pattern.compile("^[-*_=]{3,}$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Bounded: each '[' starts a try, and an unbounded scan to the next ']' or ')' made text of
  // many unclosed brackets cost the square of its length (60 kB of "![" took 36 s).
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,1000})]\\([^)]{0,2048}\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]{0,1000})]\\([^)]{0,2048}\\)");
  private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)[*_`~]+");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~&:=])");

  private PlainText() {}

  /** The first prose paragraph: not a heading, quote, caption, list, table, code or HTML. */
  static String firstParagraph(String markdown) {
    boolean fenced = false;
    for (String block : BLANK_LINE.split(markdown)) {
      String b = block.strip();
      if (b.startsWith("```") || b.startsWith("~~~")) {
        fenced = !fenced || !b.endsWith(b.substring(0, 3)) || b.length() <= 3 ? !fenced : fenced;
        continue;
      }
      if (fenced || b.isEmpty() || b.startsWith("#") || b.startsWith(">") || b.startsWith("|")
          || b.startsWith("- ") || b.startsWith("* ") || b.startsWith("+ ") || b.startsWith("<")
          || b.startsWith("    ") || NUMBERED.matcher(b).matches() || RULE.matcher(b).matches()
          || b.startsWith("[^")) {
        continue;
      }
      return inline(b.replace('\n', ' '));
    }
    return "";
  }

  /** The text of the first {@code # Heading} line, if the body starts with one. */
  static String leadingHeading(String markdown) {
    String s = markdown.strip();
    if (s.startsWith("# ")) {
      int nl = s.indexOf('\n');
      return inline(nl < 0 ? s.substring(2) : s.substring(2, nl)).strip();
    }
    return "";
  }

  static String inline(String md) {
    String s = IMAGE.matcher(md).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = EMPHASIS.matcher(s).replaceAll("");
    s = ESCAPE.matcher(s).replaceAll("$1");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
