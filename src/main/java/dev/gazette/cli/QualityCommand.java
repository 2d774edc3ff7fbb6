package dev.gazette.cli;

import dev.gazette.quality.ImportFigures;
import dev.gazette.quality.ImportQuality;
import dev.gazette.site.SiteInputs;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quality}: how well a folder of articles imports, as {@code label: value} lines. */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = "Read every article under a folder as a build would, write nothing, and print"
        + " how many were read or skipped (and why), titled, summarized, and dated by each"
        + " source, with the time taken.")
final class QualityCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SiteInputs inputs = SiteInputs.load(site.toBuildOptions());
    ImportFigures figures = new ImportQuality(inputs.config(), Clock.systemUTC())
        .measure(inputs.sources());
    PrintWriter out = spec.commandLine().getOut();
    figures.lines().forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
