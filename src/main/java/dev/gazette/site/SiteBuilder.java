package dev.gazette.site;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.config.TagRulesLoader;
import dev.gazette.content.Archive;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import dev.gazette.diag.Problems;
import dev.gazette.render.Page;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.SitePlan;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A build as a list of named steps: configure, check templates, read, index, plan, render and
 * write, switch. Content problems are collected and reported together; configuration and template
 * problems stop the build before the output is touched.
 *
 * <p>Builds are incremental: every page is planned and fingerprinted each time (see
 * {@link Fingerprints}), but only pages whose fingerprint differs from the one recorded in the
 * manifest of the last build are rendered; the others are hard-linked from the published folder.
 * The result is the same bytes a clean build would give.
 */
public final class SiteBuilder {
  /** Related articles listed on each article page. */
  static final int RELATED = 5;

  /** Called with each output file's name before it is written; tests inject failures here. */
  private final Consumer<String> beforeWrite;

  public SiteBuilder() {
    this(file -> {});
  }

  SiteBuilder(Consumer<String> beforeWrite) {
    this.beforeWrite = beforeWrite;
  }

  public BuildReport build(BuildOptions options) {
    StepTimer timer = new StepTimer();
    Problems problems = new Problems();
    SiteConfig config = timer.run("config", () -> loadConfig(options));
    PageRenderer renderer = timer.run("templates", () -> {
      PageRenderer r = new PageRenderer(config, options.templates());
      r.checkTemplates();
      return r;
    });
    String reading = timer.run("fingerprint", () -> Fingerprints.reading(config));
    ReadCache readCache = options.clean() ? ReadCache.empty(reading)
        : timer.run("read cache", () -> ReadCache.load(options.cache(), reading));
    TagRules tagRules = timer.run("config", () -> new TagRulesLoader()
        .load(options.root().resolve("tags.yaml")));
    LoadedArchive loaded = timer.run("read", () -> new ArchiveLoader(config, tagRules)
        .load(options.root(), options.content(), options.drafts(), problems, readCache));
    Archive archive = loaded.archive();
    TagIndex tags = timer.run("tags", () -> TagIndex.of(archive));
    Timeline timeline = timer.run("timeline", () -> Timeline.of(archive));
    RelatedArticles related = timer.run("related", () -> RelatedArticles.of(tags, RELATED));
    StoryGroups stories = timer.run("stories", () -> StoryGroups.of(archive.articles()));
    List<Page> pages = timer.run("plan", () -> SitePlan.of(config, archive, tags, timeline,
        related, stories, tagRules));
    Fingerprints fingerprints = timer.run("fingerprint", () ->
        Fingerprints.of(reading, options.templates()));

    OutputDirectory out = new OutputDirectory(options.out());
    Path staging = out.begin(options.root(), options.content(), options.templates(),
        options.config(), options.cache());
    Path manifestFile = BuildManifest.location(options.cache(), out.target());
    BuildManifest.Loaded previous = options.clean()
        ? new BuildManifest.Loaded(BuildManifest.empty(), "clean build (--clean)")
        : timer.run("manifest", () -> BuildManifest.read(manifestFile, out.target()));
    IncrementalWriter writer = new IncrementalWriter(staging, out.target(), previous.manifest(),
        beforeWrite);
    try {
      timer.run("render+write", () -> inParallel(pages, p ->
          writer.put(p.file(), fingerprints.page(p), () -> renderer.render(p), false)));
      timer.run("static", () -> StaticAssets.list(options.templates()).forEach(a ->
          writer.put(a.name(), Fingerprints.bytes(a.bytes()), a::bytes, true)));
      // From here until the new manifest is written, the old one would describe a folder that
      // may no longer be published: without one, a killed build is followed by a clean one.
      BuildManifest.delete(manifestFile);
      timer.run("switch", out::commit);
    } catch (RuntimeException e) {
      try {
        out.abandon();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    try {
      timer.run("manifest", () -> writer.manifest().write(manifestFile, out.target()));
    } catch (RuntimeException e) {
      problems.add(Problem.warning(manifestFile.toString(), 0, "the site was built, but the"
          + " next build will render every page: " + e.getMessage()));
    }
    try {
      timer.run("read cache", () -> {
        try {
          readCache.save(options.cache());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      problems.add(Problem.warning(options.cache().resolve(ReadCache.FILE).toString(), 0,
          "the site was built, but the next build will read every file again: " + e.getCause()));
    }
    return new BuildReport(archive.size(), pages.size(), problems.list(), problems.errorCount(),
        problems.warningCount(), problems.omitted(), timer.timings(), writer.rendered(),
        writer.reused(), previous.state());
  }

  /**
   * Runs {@code work} on every item in a pool of this build's own, and returns only when no
   * thread is still working: after a failure, nothing writes into a staging folder that is being
   * thrown away.
   */
  static <T> void inParallel(List<T> items, Consumer<T> work) {
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      pool.submit(() -> items.parallelStream().forEach(work)).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new GazetteException("build failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GazetteException("build interrupted", e);
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static SiteConfig loadConfig(BuildOptions options) {
    SiteConfig config = new ConfigLoader().load(options.config());
    return options.baseUrl().map(config::withBaseUrl).orElse(config);
  }
}
