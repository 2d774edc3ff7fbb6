package dev.gazette.site;

import dev.gazette.diag.Problems;
import dev.gazette.engine.DiskOutput;
import dev.gazette.engine.Fingerprints;
import dev.gazette.engine.ReadCache;
import dev.gazette.engine.SiteOutput;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.UrlScheme;
import dev.gazette.search.SearchIndex;
import dev.gazette.search.TermCounts;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A build as a list of named, timed steps, each a final class taking and returning records:
 *
 * <pre>
 *   inputs     SiteInputs.load      options → config, tag rules, source files
 *   templates  PageRenderer         every template compiled (errors stop the build here)
 *   read       ArchiveLoader        source files → LoadedArchive (articles, tags, problems)
 *   tags … stories  IndexStep       archive → Indexes
 *   plan       PlanStep             → Plan: every page and static file
 *   render+write, static  WriteStep → the output port
 *   search     SearchIndex          articles → the search index files, to the output port
 *   switch     SiteOutput.commit    the new site published whole
 * </pre>
 *
 * A step added to the build is one more line here. Content problems are collected and reported
 * together; configuration and template problems stop the build before the output is touched.
 *
 * <p>Builds are incremental: every page is planned and fingerprinted each time (see
 * {@link Fingerprints}), but only pages whose fingerprint differs from the one recorded for the
 * published file are rendered. The result is the same bytes a clean build would give.
 */
public final class SiteBuilder {
  /** Called with each output file's name before it is written; tests inject failures here. */
  private final Consumer<String> beforeWrite;
  /** The output port: the disk as it is for {@code build}, wrapped by {@code serve}. */
  private final UnaryOperator<SiteOutput> port;

  public SiteBuilder() {
    this(file -> {}, UnaryOperator.identity());
  }

  SiteBuilder(Consumer<String> beforeWrite) {
    this(beforeWrite, UnaryOperator.identity());
  }

  /** @param port wraps the disk output, e.g. to keep just-rendered pages in memory */
  public SiteBuilder(Consumer<String> beforeWrite, UnaryOperator<SiteOutput> port) {
    this.beforeWrite = beforeWrite;
    this.port = port;
  }

  public BuildReport build(BuildOptions options) {
    StepTimer timer = new StepTimer();
    Problems problems = new Problems();
    SiteInputs inputs = timer.run("inputs", () -> SiteInputs.load(options));
    problems.addAll(inputs.listingProblems());
    PageRenderer renderer = timer.run("templates", () -> {
      PageRenderer r = new PageRenderer(inputs.config(), options.templates(), problems::add);
      r.checkTemplates();
      return r;
    });
    String reading = timer.run("environment", () -> Fingerprints.reading(inputs.config()));
    ReadCache readCache = options.clean() ? ReadCache.empty(reading)
        : timer.run("read cache", () -> ReadCache.load(options.cache(), reading));
    LoadedArchive loaded = timer.run("read", () -> new ArchiveLoader(inputs.config(),
        inputs.tagRules()).load(inputs.sources(), options.drafts(), problems, readCache));
    Indexes indexes = new IndexStep().run(loaded.archive(), timer,
        a -> readCache.story(a, dev.gazette.taxonomy.StoryGroups::signature));
    problems.addAll(indexes.tags().problems());
    Plan plan = timer.run("plan", () -> new PlanStep().run(inputs, loaded, indexes,
        problems::add));
    Fingerprints fingerprints = timer.run("theme", () ->
        Fingerprints.of(reading, options.templates()));
    SiteOutput out = timer.run("manifest", () -> port.apply(DiskOutput.open(options.out(),
        options.cache(), options.clean(), beforeWrite, options.root(), options.content(),
        options.templates(), options.config(), options.cache())));
    WriteStep write = new WriteStep(renderer, fingerprints);
    try {
      timer.run("render+write", () -> write.pages(plan, out));
      timer.run("static", () -> write.files(plan, out));
      timer.run("search", () -> WriteStep.inParallel(SearchIndex.build(
          loaded.archive().articles(), UrlScheme::article,
          a -> readCache.terms(a, TermCounts::of)),
          f -> out.put(f.name(), f.fingerprint(), f::bytes, true)));
      problems.addAll(timer.run("switch", out::commit));
    } catch (RuntimeException e) {
      try {
        out.abandon();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    timer.run("save read cache", () -> {
      try {
        readCache.save(options.cache());
      } catch (IOException e) {
        problems.add(dev.gazette.diag.Problem.warning(options.cache().resolve(ReadCache.FILE)
            .toString(), 0, "the site was built, but the next build will read every file"
            + " again: " + e));
      }
    });
    return new BuildReport(loaded.archive().size(), plan.pages().size(), problems.list(),
        problems.errorCount(), problems.warningCount(), problems.omitted(), timer.timings(),
        out.rendered(), out.reused(), out.mode());
  }
}
