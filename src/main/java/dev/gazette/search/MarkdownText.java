package dev.gazette.search;

import java.util.regex.Pattern;

/** The readable text of a Markdown body: markup removed, one space between words. */
final class MarkdownText {
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern CALLOUT = Pattern.compile("(?m)^\\s*>\\s*\\[![A-Z]+]\\s*");
  private static final Pattern LINE_MARK =
      Pattern.compile("(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+|\\|)");
  private static final Pattern EMPHASIS = Pattern.compile("(?<!\\\\)[*_`~|]+");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>~&:=])");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private MarkdownText() {}

  static String of(String markdown) {
    String s = CALLOUT.matcher(markdown).replaceAll("");
    s = LINE_MARK.matcher(s).replaceAll("");
    s = IMAGE.matcher(s).replaceAll("$1");
    s = LINK.matcher(s).replaceAll("$1");
    s = EMPHASIS.matcher(s).replaceAll(" ");
    s = ESCAPE.matcher(s).replaceAll("$1");
    return SPACE.matcher(s).replaceAll(" ").strip();
  }
}
