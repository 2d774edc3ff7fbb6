package dev.gazette.cli;

import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.diag.Problems;
import dev.gazette.normalize.NormalizeWriter;
import dev.gazette.site.ArchiveLoader;
import dev.gazette.site.LoadedArchive;
import dev.gazette.site.SiteInputs;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    SiteInputs inputs = SiteInputs.load(site.toBuildOptions());
    ContentWalker walker = SiteInputs.walker(inputs.options());
    List<SourceFile> raw = NormalizeWriter.rawFiles(walker, inputs.sources());
    Problems problems = new Problems();
    problems.addAll(inputs.listingProblems());
    LoadedArchive loaded = new ArchiveLoader(inputs.config(), inputs.tagRules()).load(raw, true,
        problems);
    Map<String, Article> bySource = loaded.archive().articles().stream()
        .collect(Collectors.toMap(Article::source, Function.identity(), (a, b) -> a));
    NormalizeWriter.Result result = new NormalizeWriter().write(walker, raw, loaded.reads(),
        bySource, problems.list());
    PrintWriter err = spec.commandLine().getErr();
    for (Problem p : result.problems()) {
      err.println(p);
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Normalized %d raw articles: %d written, %d updated, %d unchanged, %d kept as"
        + " edited, %d kept as hand-written, %d failed%n", result.outcomes().size(),
        result.count(NormalizeWriter.Outcome.WRITTEN), result.count(NormalizeWriter.Outcome.UPDATED),
        result.count(NormalizeWriter.Outcome.UNCHANGED), result.count(NormalizeWriter.Outcome.KEPT_EDITED),
        result.count(NormalizeWriter.Outcome.KEPT_HAND_WRITTEN),
        result.count(NormalizeWriter.Outcome.FAILED));
    out.flush();
    return result.count(NormalizeWriter.Outcome.FAILED) > 0 ? ExitCodes.CONTENT_PROBLEMS
        : ExitCodes.OK;
  }
}
