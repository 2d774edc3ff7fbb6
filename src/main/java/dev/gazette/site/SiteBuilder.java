package dev.gazette.site;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.content.Archive;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problems;
import dev.gazette.render.Page;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.SitePlan;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A build as a list of named steps: configure, check templates, read, index, plan, render and
 * write, switch. Content problems are collected and reported together; configuration and template
 * problems stop the build before the output is touched.
 */
public final class SiteBuilder {
  /** Related articles listed on each article page. */
  static final int RELATED = 5;

  public BuildReport build(BuildOptions options) {
    StepTimer timer = new StepTimer();
    Problems problems = new Problems();
    SiteConfig config = timer.run("config", () -> loadConfig(options));
    PageRenderer renderer = timer.run("templates", () -> {
      PageRenderer r = new PageRenderer(config, options.templates());
      r.checkTemplates();
      return r;
    });
    LoadedArchive loaded = timer.run("read", () -> new ArchiveLoader(config)
        .load(options.root(), options.content(), options.drafts(), problems));
    Archive archive = loaded.archive();
    TagIndex tags = timer.run("tags", () -> TagIndex.of(archive));
    Timeline timeline = timer.run("timeline", () -> Timeline.of(archive));
    RelatedArticles related = timer.run("related", () -> RelatedArticles.of(tags, RELATED));
    List<Page> pages = timer.run("plan", () -> SitePlan.of(config, archive, tags, timeline,
        related));

    OutputDirectory out = new OutputDirectory(options.out());
    Path staging = out.begin(options.root(), options.content(), options.templates(),
        options.config());
    try {
      timer.run("render+write", () -> pages.parallelStream().forEach(p ->
          write(staging, p.file(), renderer.render(p))));
      timer.run("static", () -> StaticAssets.copy(options.templates(), staging));
      timer.run("switch", out::commit);
    } catch (RuntimeException e) {
      out.abandon();
      throw e;
    }
    return new BuildReport(archive.size(), pages.size(), problems.list(), problems.errorCount(),
        problems.warningCount(), problems.omitted(), timer.timings());
  }

  static SiteConfig loadConfig(BuildOptions options) {
    SiteConfig config = new ConfigLoader().load(options.config());
    return options.baseUrl().map(config::withBaseUrl).orElse(config);
  }

  /** Writes one file under the staging folder; a path that would leave it is a bug, refused. */
  static void write(Path root, String file, byte[] bytes) {
    Path target = root.resolve(file).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new GazetteException("refusing to write '" + file + "' outside the output folder");
    }
    try {
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new GazetteException("cannot write " + target + ": " + e, e);
    }
  }
}
