package dev.gazette.cli;

import dev.gazette.diag.Problem;
import dev.gazette.diag.Problems;
import dev.gazette.site.BuildOptions;
import dev.gazette.site.BuildReport;
import dev.gazette.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code build}: content and templates to a complete site in the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site from content/ and templates/ into site/ (the default command).")
final class BuildCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = {"-v", "--verbose"}, description = "Print each step's time.")
  boolean verbose;

  @Option(names = "--strict", description = "Exit non-zero on warnings too (for CI); renders"
      + " every page, as --clean, so no warning is missed.")
  boolean strict;

  @Option(names = "--clean", description = "Render every page and read every file again, ignoring"
      + " what earlier builds left in the cache (.gazette-cache/).")
  boolean clean;

  @Option(names = "--cache", paramLabel = "DIR", description = "Where incremental builds keep"
      + " their manifest and read cache (default: ROOT/.gazette-cache).")
  Path cache;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // Renderer warnings are found when a page is rendered: a strict build renders every page.
    BuildOptions options = site.toBuildOptions().withClean(clean || strict);
    if (cache != null) {
      options = options.withCache(cache);
    }
    long start = System.nanoTime();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildReport report;
    try (StepProgress progress = StepProgress.forOutput(out)) {
      report = new SiteBuilder().build(options, progress);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    printProblems(err, report, verbose);
    out.printf("Built %d articles into %d pages in %s (%d ms)%s%n", report.articles(),
        report.pages(), options.out(), ms, report.errors() + report.warnings() > 0
            ? String.format("; %d errors, %d warnings", report.errors(), report.warnings()) : "");
    if (verbose) {
      out.printf("  %d files rendered, %d reused (%s)%n", report.rendered(), report.reused(),
          report.mode());
      report.printTimings(out);
    }
    out.flush();
    if (report.hasErrors() || strict && report.warnings() > 0) {
      return ExitCodes.CONTENT_PROBLEMS;
    }
    return ExitCodes.OK;
  }

  /** More warnings than this are summarized by kind, unless {@code --verbose}. */
  static final int WARNINGS_LISTED = 30;

  /**
   * Every error; the warnings one by one when there are few (or with {@code --verbose}), else
   * counted by kind with one example each: an archive's hundreds of warnings are mostly a few
   * kinds, and the errors must not scroll away behind them.
   */
  static void printProblems(PrintWriter err, BuildReport report, boolean verbose) {
    boolean summarize = !verbose && report.warnings() > WARNINGS_LISTED;
    int omittedErrors = report.errors();
    for (Problem p : report.problems()) {
      if (p.severity() == Problem.Severity.ERROR) {
        omittedErrors--;
      }
      if (!summarize || p.severity() == Problem.Severity.ERROR) {
        err.println(p);
      }
    }
    if (summarize) {
      if (omittedErrors > 0) {
        err.println("... and " + omittedErrors + " more errors");
      }
      err.printf("%d warnings, by kind (--verbose lists them all):%n", report.warnings());
      for (Problems.Kind k : report.kinds()) {
        if (k.example().severity() == Problem.Severity.WARNING) {
          err.printf("%7d  %s%n         e.g. %s%n", k.count(),
              dev.gazette.diag.Printable.escape(k.kind()), k.example());
        }
      }
    } else if (report.omittedProblems() > 0) {
      err.println("... and " + report.omittedProblems() + " more problems");
    }
    err.flush();
  }
}
