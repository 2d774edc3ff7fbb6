package dev.gazette.cli;

/** Process exit codes, as documented in the README. */
final class ExitCodes {
  static final int OK = 0;
  /** The site was built, but some articles had errors (or warnings, with --strict). */
  static final int CONTENT_PROBLEMS = 1;
  /** Wrong command-line usage. */
  static final int USAGE = 2;
  /** Configuration, template or output problem: nothing was published. */
  static final int FAILED = 3;

  private ExitCodes() {}
}
