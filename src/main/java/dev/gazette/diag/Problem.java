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

  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("'[^']*'|\"[^\"]*\"|[^\\s;,]*/[^\\s;,]+");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("(?<![\\w-])\\d+(?![\\w-])");

  /**
   * What kind of problem this is: its message with the particulars (quoted names, paths,
   * numbers) taken out, so that problems of one kind can be counted together.
   */
  public String kind() {
    String k = QUOTED.matcher(message).replaceAll("…");
    return (severity == Severity.ERROR ? "error: " : "warning: ")
        + NUMBER.matcher(k).replaceAll("N");
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
