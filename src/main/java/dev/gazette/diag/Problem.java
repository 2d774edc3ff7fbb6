package dev.gazette.diag;

import java.util.Objects;

/**
 * One thing wrong with the input, named by file and line so a person can go and fix it.
 *
 * @param file the path as the user knows it (relative to the site root where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 */
public record Problem(Severity severity, String file, int line, String message) {

  public enum Severity { WARNING, ERROR }

  public Problem {
    Objects.requireNonNull(severity);
    Objects.requireNonNull(file);
    Objects.requireNonNull(message);
  }

  public static Problem error(String file, int line, String message) {
    return new Problem(Severity.ERROR, file, line, message);
  }

  public static Problem warning(String file, int line, String message) {
    return new Problem(Severity.WARNING, file, line, message);
  }

  /**
   * What kind of problem this is: its message with the particulars taken out, so that problems
   * of one kind can be counted together. A quoted name ({@code 'x'} or {@code "x"}) or a word
   * holding a slash (a path) becomes "…", then a number standing alone (not part of a word or a
   * hyphenated name) becomes "N".
   *
   * <p>A plain scan: a large archive has thousands of problems of one kind, and the regular
   * expressions this replaces ({@code ProblemKindTest} holds them) tried the path rule again at
   * every character of every word.
   */
  public String kind() {
    return (severity == Severity.ERROR ? "error: " : "warning: ") + numbersOut(particularsOut(
        message));
  }

  /** Quoted names and words with a slash as "…". */
  static String particularsOut(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int p = 0;
    int noPathBefore = 0; // the rest of a word already found to hold no path
    while (p < n) {
      char c = s.charAt(p);
      if (c == '\'' || c == '"') {
        int close = s.indexOf(c, p + 1);
        if (close >= 0) {
          out.append('…');
          p = close + 1;
          continue;
        }
      }
      if (p >= noPathBefore && !isSeparator(c)) {
        // A word from here holding a slash with something after it is a path, taken whole.
        int end = p;
        int slash = -1;
        while (end < n && !isSeparator(s.charAt(end))) {
          if (s.charAt(end) == '/') {
            slash = end;
          }
          end++;
        }
        int lastSlashBeforeEnd = slash == end - 1 ? s.lastIndexOf('/', end - 2) : slash;
        if (lastSlashBeforeEnd >= p) {
          out.append('…');
          p = end;
          continue;
        }
        noPathBefore = end;
      }
      out.append(c);
      p++;
    }
    return out.toString();
  }

  /** Runs of digits that neither a word character nor a hyphen touches, as "N". */
  static String numbersOut(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int p = 0;
    while (p < n) {
      char c = s.charAt(p);
      if (isDigit(c) && (p == 0 || !isWordOrHyphen(s.charAt(p - 1)))) {
        int end = p;
        while (end < n && isDigit(s.charAt(end))) {
          end++;
        }
        if (end == n || !isWordOrHyphen(s.charAt(end))) {
          out.append('N');
        } else {
          out.append(s, p, end);
        }
        p = end;
        continue;
      }
      out.append(c);
      p++;
    }
    return out.toString();
  }

  /** White space as {@code \s} has it, ';' and ','. */
  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == ';' || c == ',';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [\w-]}. */
  private static boolean isWordOrHyphen(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
        || c == '-';
  }

  /** {@code file:line}, the form editors and CI logs turn into links. */
  public String location() {
    return line > 0 ? file + ":" + line : file;
  }

  @Override
  public String toString() {
    // Printed on terminals: names and messages quote the user's files, so they are escaped.
    return Printable.escape(location()) + ": " + (severity == Severity.ERROR ? "error: "
        : "warning: ") + Printable.escape(message).replace("\n", "\\n");
  }
}
