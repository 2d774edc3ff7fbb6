package dev.gazette.cli;

import dev.gazette.diag.Printable;
import dev.gazette.diag.Problems;
import dev.gazette.report.EditorReport;
import dev.gazette.site.ArchiveLoader;
import dev.gazette.site.LoadedArchive;
import dev.gazette.site.SiteInputs;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: what in the archive an editor should fix. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "List what an editor should fix: undated and inferred-date articles, decoding"
        + " guesses, skipped files, duplicates, tags used once, and every tag with its count.")
final class ReportCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    LoadedArchive loaded = ArchiveLoader.load(SiteInputs.load(site.toBuildOptions()),
        new Problems());
    EditorReport report = new EditorReport(loaded.reads(), loaded.archive(),
        (System.nanoTime() - start) / 1_000_000);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? report.json() : Printable.escape(report.text()));
    out.flush();
    return ExitCodes.OK;
  }
}
