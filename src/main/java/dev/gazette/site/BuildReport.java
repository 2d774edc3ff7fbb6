package dev.gazette.site;

import dev.gazette.diag.Problem;
import dev.gazette.diag.Problems;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param timings each step's name and duration, in the order they ran
 * @param omittedProblems problems counted but not listed (the list is capped)
 * @param rendered output files produced afresh (pages and static files)
 * @param reused output files taken unchanged from the previous build
 * @param mode {@code incremental}, or why every file was produced afresh
 * @param kinds every kind of problem with its exact count, the most frequent first
 */
public record BuildReport(
    int articles,
    int pages,
    List<Problem> problems,
    int errors,
    int warnings,
    int omittedProblems,
    Map<String, Duration> timings,
    int rendered,
    int reused,
    String mode,
    List<Problems.Kind> kinds) {

  public BuildReport {
    problems = List.copyOf(problems);
    kinds = List.copyOf(kinds);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
  }

  /** A report of a build that produced every page afresh. */
  public BuildReport(int articles, int pages, List<Problem> problems, int errors, int warnings,
      int omittedProblems, Map<String, Duration> timings) {
    this(articles, pages, problems, errors, warnings, omittedProblems, timings, pages, 0,
        "clean build", List.of());
  }

  /** One line per step, name and milliseconds, as {@code --verbose} shows them. */
  public void printTimings(java.io.PrintWriter out) {
    timings.forEach((step, d) -> out.printf("  %-14s %6d ms%n", step, d.toMillis()));
  }

  public boolean hasErrors() {
    return errors > 0;
  }
}
