package dev.gazette.markdown;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How much Markdown one article may ask of the renderer. Flexmark parses and renders recursively
 * and some of its patterns backtrack, so without bounds one hostile article (600 {@code >} on a
 * line) overflows the stack or runs for minutes. Real articles stay far inside these numbers.
 *
 * @param maxNesting block quotes and list items inside each other, and the depth of the parsed
 *     document (emphasis in links in list items ...) counted as twice this
 * @param maxLineChars characters on one line
 * @param maxParagraphChars characters in one paragraph (lines between blank lines)
 * @param timeLimit time to parse and render one article
 */
public record MarkdownLimits(int maxNesting, int maxLineChars, int maxParagraphChars,
    Duration timeLimit) {

  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

  public MarkdownLimits {
    Objects.requireNonNull(timeLimit);
  }

  public static MarkdownLimits defaults() {
    return withTimeLimit(DEFAULT_TIME_LIMIT);
  }

  public static MarkdownLimits withTimeLimit(Duration timeLimit) {
    return new MarkdownLimits(32, 128 * 1024, 256 * 1024, timeLimit);
  }

  /** A limit the text breaks, found by one linear scan. */
  public record Excess(int line, String message) {}

  /**
   * Checks the limits that can be read off the text without parsing it, in one pass. Lines are
   * 1-based in {@code markdown}.
   */
  public Optional<Excess> check(String markdown) {
    int line = 1;
    int paragraphStart = 1;
    int paragraphChars = 0;
    int i = 0;
    int n = markdown.length();
    while (i <= n) {
      int end = markdown.indexOf('\n', i);
      if (end < 0) {
        end = n;
      }
      int length = end - i;
      if (length > maxLineChars) {
        return Optional.of(new Excess(line, "line of " + length + " characters; at most "
            + maxLineChars + " are rendered"));
      }
      int depth = nesting(markdown, i, end);
      if (depth > maxNesting) {
        return Optional.of(new Excess(line, depth + " block quotes or list items inside each"
            + " other; at most " + maxNesting + " are rendered"));
      }
      if (isBlank(markdown, i, end)) {
        paragraphChars = 0;
        paragraphStart = line + 1;
      } else {
        paragraphChars += length + 1;
        if (paragraphChars > maxParagraphChars) {
          return Optional.of(new Excess(paragraphStart, "paragraph of more than "
              + maxParagraphChars + " characters; split it with blank lines"));
        }
      }
      line++;
      i = end + 1;
    }
    return Optional.empty();
  }

  /** Container markers opening a line: {@code > > - 1. >} is five. */
  static int nesting(String s, int start, int end) {
    int depth = 0;
    int i = start;
    while (i < end) {
      int spaces = 0;
      while (i < end && s.charAt(i) == ' ' && spaces < 4) {
        i++;
        spaces++;
      }
      if (i >= end) {
        break;
      }
      char c = s.charAt(i);
      if (c == '>') {
        depth++;
        i++;
        continue;
      }
      if ((c == '-' || c == '+' || c == '*') && i + 1 < end && isSpace(s.charAt(i + 1))) {
        depth++;
        i += 2;
        continue;
      }
      int digits = 0;
      while (i + digits < end && digits < 10 && Character.isDigit(s.charAt(i + digits))) {
        digits++;
      }
      if (digits > 0 && i + digits + 1 < end && (s.charAt(i + digits) == '.'
          || s.charAt(i + digits) == ')') && isSpace(s.charAt(i + digits + 1))) {
        depth++;
        i += digits + 2;
        continue;
      }
      break;
    }
    return depth;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isBlank(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
