package dev.gazette.cli;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.quality.ImportFigures;
import dev.gazette.quality.ImportQuality;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quality}: how well a folder of articles imports, as {@code label: value} lines. */
@Command(name = "quality", mixinStandardHelpOptions = true,
    description = "Read every article under a folder as a build would, write nothing, and print"
        + " how many were read or skipped (and why), titled, summarized, and dated by each"
        + " source, with the time taken.")
final class QualityCommand implements Callable<Integer> {
  @Option(names = "--content", paramLabel = "DIR", description = "Articles to read"
      + " (default: content).")
  Path content = Path.of("content");

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration for date order"
      + " and time zone (default: gazette.yaml when present, else the defaults).")
  Path config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path configFile = config != null ? config : Path.of("gazette.yaml");
    SiteConfig site = config != null || Files.isRegularFile(configFile)
        ? new ConfigLoader().load(configFile) : SiteConfig.defaults();
    Path root = content.toAbsolutePath().normalize().getParent();
    ImportFigures figures = new ImportQuality(site, Clock.systemUTC())
        .measure(root == null ? content : root, content);
    PrintWriter out = spec.commandLine().getOut();
    figures.lines().forEach(out::println);
    out.flush();
    return ExitCodes.OK;
  }
}
