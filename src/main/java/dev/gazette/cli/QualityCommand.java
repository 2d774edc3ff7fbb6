package dev.gazette.cli;

import dev.gazette.quality.ImportFigures;
import dev.gazette.quality.ImportQuality;
import dev.gazette.quality.TagLabels;
import dev.gazette.quality.TagScore;
import dev.gazette.diag.Problems;
import dev.gazette.site.ArchiveLoader;
import dev.gazette.site.SiteInputs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quality}: how well a folder of articles imports, as {@code label: value} lines. */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = "Read every article under a folder as a build would, write nothing, and print"
        + " how many were read or skipped (and why), titled, summarized, and dated by each"
        + " source, with the time taken. With --tags, score the archive's tags against"
        + " hand labels instead.")
final class QualityCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = "--tags", paramLabel = "LABELS", description = "A YAML file of hand-labelled"
      + " tags (path: {tags: [...], also: [...]}): print precision, recall per category and the"
      + " worst misses of the archive's tags.")
  Path labels;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "15",
      description = "With --tags: how many of the worst articles to list (default: 15).")
  int worst;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SiteInputs inputs = SiteInputs.load(site.toBuildOptions());
    PrintWriter out = spec.commandLine().getOut();
    if (labels != null) {
      TagLabels wanted = TagLabels.load(labels);
      long start = System.nanoTime();
      var loaded = ArchiveLoader.load(inputs, new Problems());
      long ms = (System.nanoTime() - start) / 1_000_000;
      TagScore.Report report = new TagScore(loaded.tagRules()).score(
          loaded.archive().articles(), wanted);
      report.lines(worst).forEach(out::println);
      out.println("archive: " + loaded.archive().size() + " articles read and tagged in " + ms
          + " ms");
      out.flush();
      return ExitCodes.OK;
    }
    ImportFigures figures = new ImportQuality(inputs.config(), Clock.systemUTC())
        .measure(inputs.sources());
    figures.lines().forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
