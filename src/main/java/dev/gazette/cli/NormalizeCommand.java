package dev.gazette.cli;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.diag.Problem;
import dev.gazette.site.BuildOptions;
import dev.gazette.site.Normalizer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code normalize}: each raw .txt becomes a .md with front matter beside it. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
    description = "Write each raw .txt article as a .md with YAML front matter beside it. The"
        + " .txt is left untouched; a .md edited by a person is never overwritten.")
final class NormalizeCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildOptions options = site.toBuildOptions();
    SiteConfig config = new ConfigLoader().load(options.config());
    Normalizer.Result result = new Normalizer(config).normalize(options.root(),
        options.content());
    PrintWriter err = spec.commandLine().getErr();
    for (Problem p : result.problems()) {
      err.println(p);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Normalized %d raw articles: %d written, %d updated, %d unchanged, %d kept as"
        + " edited, %d kept as hand-written, %d failed%n", result.outcomes().size(),
        result.count(Normalizer.Outcome.WRITTEN), result.count(Normalizer.Outcome.UPDATED),
        result.count(Normalizer.Outcome.UNCHANGED), result.count(Normalizer.Outcome.KEPT_EDITED),
        result.count(Normalizer.Outcome.KEPT_HAND_WRITTEN),
        result.count(Normalizer.Outcome.FAILED));
    out.flush();
    return result.count(Normalizer.Outcome.FAILED) > 0 ? ExitCodes.CONTENT_PROBLEMS
        : ExitCodes.OK;
  }
}
