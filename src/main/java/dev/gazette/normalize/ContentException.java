package dev.gazette.normalize;

import dev.gazette.diag.Problem;

/** One article cannot be read; the problem names the file and line. Other articles go on. */
public final class ContentException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public ContentException(Problem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
