package dev.gazette.site;

import dev.gazette.diag.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did.
 *
 * @param timings each step's name and duration, in the order they ran
 * @param omittedProblems problems counted but not listed (the list is capped)
 */
public record BuildReport(
    int articles,
    int pages,
    List<Problem> problems,
    int errors,
    int warnings,
    int omittedProblems,
    Map<String, Duration> timings) {

  public BuildReport {
    problems = List.copyOf(problems);
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
  }

  public boolean hasErrors() {
    return errors > 0;
  }
}
