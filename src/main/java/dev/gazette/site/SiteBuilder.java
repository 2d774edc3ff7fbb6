package dev.gazette.site;

import dev.gazette.diag.Problems;
import dev.gazette.engine.DiskOutput;
import dev.gazette.engine.Fingerprints;
import dev.gazette.engine.ManifestMemo;
import dev.gazette.engine.ReadCache;
import dev.gazette.engine.SiteOutput;
import dev.gazette.engine.StateFiles;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.UrlScheme;
import dev.gazette.search.IndexFile;
import dev.gazette.search.SearchIndex;
import dev.gazette.search.TermCounts;
import dev.gazette.taxonomy.ArchiveTagger;
import dev.gazette.taxonomy.SavedTagging;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A build as a list of named, timed steps, each a final class taking and returning records:
 *
 * <pre>
 *   inputs     SiteInputs.load      options → config, tag rules, source files
 *   templates  PageRenderer         every template compiled (errors stop the build here)
 *   read       ArchiveLoader        source files → LoadedArchive (articles, tags, problems)
 *   manifest   DiskOutput.open      the output port, opened on the last build's manifests
 *   search     SearchIndex          articles → the search index files, to the output port,
 *                                   on a thread of its own from here on
 *   tags … stories  IndexStep       archive → Indexes
 *   plan       PlanStep             → Plan: every page and static file
 *   render+write, static  WriteStep → the output port
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
  /**
   * Set for a builder that lives across builds ({@code serve}): what the last build read, used
   * by the next instead of the cache file, which is then saved in the background.
   */
  private final ScheduledExecutorService saver;
  private ReadCache warm;
  private Path warmCacheDir;
  /**
   * What the last search index held; kept by a resident builder, loaded from the cache folder
   * by a one-shot build (and by a resident one's first build).
   */
  private SearchIndex.Memo searchMemo;
  private final IndexStep indexStep = new IndexStep();
  /** What the last tagging counted and chose; kept only by a resident builder. */
  private final ArchiveTagger.Memo tagMemo;
  /** The output manifests last parsed; kept only by a resident builder. */
  private final ManifestMemo manifests;
  private ScheduledFuture<?> pendingSave;
  private Runnable lastSave;
  /** What the last build of a resident builder left for a first look at the next edit. */
  private FirstLook firstLook;
  /** The heap a one-shot build weighs the archive against ({@link ReadCache#spillWhenTight}). */
  private long heap = Runtime.getRuntime().maxMemory();
  /**
   * A resident builder saves the read cache once builds pause this long: saving costs a CPU
   * for a while, which the next build in a burst of edits needs more.
   */
  static final long SAVE_WHEN_IDLE_MS = 3_000;

  public SiteBuilder() {
    this(file -> {}, UnaryOperator.identity());
  }

  private SiteBuilder(Consumer<String> beforeWrite, UnaryOperator<SiteOutput> port,
      ScheduledExecutorService saver) {
    this.beforeWrite = beforeWrite;
    this.port = port;
    this.saver = saver;
    this.tagMemo = saver != null ? new ArchiveTagger.Memo() : null;
    this.manifests = saver != null ? new ManifestMemo() : null;
  }

  /** A one-shot builder that acts as if its heap were {@code bytes}. */
  static SiteBuilder withHeap(long bytes) {
    SiteBuilder b = new SiteBuilder();
    b.heap = bytes;
    return b;
  }

  /**
   * A builder kept alive between builds, one build at a time: each build starts from what the
   * last one read and saves the read cache off the build's path. Close it to finish the saving.
   */
  public static SiteBuilder resident() {
    return resident(file -> {});
  }

  /** A resident builder that calls {@code beforeWrite} with each output file first (tests). */
  public static SiteBuilder resident(Consumer<String> beforeWrite) {
    return new SiteBuilder(beforeWrite, UnaryOperator.identity(),
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "gazette-save-cache");
          t.setDaemon(true);
          return t;
        }));
  }

  /** Writes a record the next build starts from. */
  @FunctionalInterface
  private interface Saving {
    void save() throws IOException;
  }

  /**
   * Runs a save as the step {@code step}. A failed save costs only the next build some work
   * ({@code redone}), so it is a warning naming the {@code record} not written.
   */
  private static void save(StepTimer timer, String step, Path record, String redone,
      Saving saving, Problems problems) {
    timer.run(step, () -> {
      try {
        saving.save();
      } catch (IOException e) {
        problems.add(dev.gazette.diag.Problem.warning(record.toString(), 0,
            "the site was built, but the next build will " + redone + ": " + e));
      }
    });
  }

  /**
   * The search step's memo: a resident builder's own (loaded from the cache folder once), or
   * for a one-shot build the state the last build saved there. A clean build starts from
   * nothing and saves what it indexed.
   */
  private SearchIndex.Memo searchMemo(BuildOptions options, String reading, int articles) {
    if (saver != null && searchMemo != null) {
      return searchMemo;
    }
    SearchIndex.Memo memo = options.clean() ? SearchIndex.Memo.fresh(articles, heap)
        : StateFiles.search(options.cache(), reading, articles, heap);
    if (saver != null) {
      searchMemo = memo;
    }
    return memo;
  }

  /** What a build loads beside listing the content and compiling the templates. */
  private record Beside(CompletableFuture<ReadCache> cache,
      CompletableFuture<SavedTagging> tagging) {}

  /**
   * The read cache and the tagging state the last build saved, each loaded on a thread of its
   * own while the content folder is listed and the templates compiled: they depend on the
   * configuration only, whose fingerprint is taken once for both. The cache is {@code null} when
   * this build starts from nothing or from what a resident builder kept; the tagging state is
   * {@code null} for a resident builder whose last build ended well, as it keeps its own ({@link
   * ArchiveTagger.Memo}), and none for a clean build, which saves without reading. A load that
   * fails here (a broken configuration, say) gives nothing, and the build reports it on its own
   * path.
   */
  private Beside loadBeside(BuildOptions options, StepTimer timer) {
    boolean cache = !options.clean() && warm == null;
    // A resident builder's memo holds the tagging once a build has ended well; before that
    // (the preview's first build) it starts from what the last build saved, as `build` does.
    boolean tagging = !options.clean() && (saver == null || warm == null);
    CompletableFuture<SavedTagging> noTagging = saver != null ? null
        : CompletableFuture.completedFuture(SavedTagging.none());
    if (!cache && !tagging) {
      return new Beside(null, noTagging);
    }
    CompletableFuture<String> reading = SideSteps.start("gazette-environment",
        () -> Fingerprints.reading(SiteInputs.loadConfig(options)));
    return new Beside(
        !cache ? null : SideSteps.start("gazette-load-cache", () -> {
          try {
            String r = reading.join();
            return timer.run("read cache", () -> ReadCache.load(options.cache(), r));
          } catch (RuntimeException e) {
            return null;
          }
        }),
        !tagging ? noTagging : SideSteps.start("gazette-load-tagging", () -> {
          try {
            return StateFiles.tagging(options.cache(), reading.join());
          } catch (RuntimeException e) {
            return SavedTagging.none();
          }
        }));
  }

  /** The output, refusing more files once a step running beside the pages has failed. */
  static final class StopsWhenFailed implements SiteOutput {
    private final SiteOutput out;
    private final CompletableFuture<Void> beside;

    StopsWhenFailed(SiteOutput out, CompletableFuture<Void> beside) {
      this.out = out;
      this.beside = beside;
    }

    @Override
    public void put(String file, String fingerprint, java.util.function.Supplier<byte[]> content,
        boolean unique) {
      if (beside.isCompletedExceptionally()) {
        SideSteps.join(beside);
      }
      out.put(file, fingerprint, content, unique);
    }

    @Override
    public java.util.List<dev.gazette.diag.Problem> commit() {
      return out.commit();
    }

    @Override
    public void abandon() {
      out.abandon();
    }

    @Override
    public int rendered() {
      return out.rendered();
    }

    @Override
    public int reused() {
      return out.reused();
    }

    @Override
    public String mode() {
      return out.mode();
    }
  }

  /**
   * After a resident build failed: the save of the last good build, which this one cancelled
   * when it started, is scheduled again, or what that build read would never reach the disk.
   */
  private synchronized void rescheduleCancelledSave() {
    if (saver != null && pendingSave != null && pendingSave.isCancelled() && !saver.isShutdown()) {
      pendingSave = saver.schedule(lastSave, SAVE_WHEN_IDLE_MS, TimeUnit.MILLISECONDS);
    }
  }

  /** Saves a resident builder's read cache now, if a save is pending, and waits for it. */
  public void close() {
    if (saver != null) {
      synchronized (this) {
        // Cancelled by a build that has not ended well (or is still running): the last
        // build's save is still owed.
        if (pendingSave != null && (pendingSave.cancel(false) || pendingSave.isCancelled())) {
          saver.execute(lastSave);
        }
      }
      saver.shutdown();
      try {
        saver.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * For a resident builder: the open pages (output files among {@code open}) of the articles
   * read from the {@code changed} files, rendered from their new text against what the last
   * build decided for the rest of the archive, before the build that brings everything up to
   * date (see {@link FirstLook}). Empty when there was no last build or nothing can be shown
   * early. Call it between builds.
   */
  public java.util.Map<String, byte[]> firstLook(java.util.Collection<Path> changed,
      java.util.Set<String> open) {
    FirstLook look = firstLook;
    return look == null || open.isEmpty() ? java.util.Map.of() : look.render(changed, open);
  }

  /**
   * For a resident builder, after a build: prepares the first look at the next edit (see
   * {@link FirstLook#warm}). Call it between builds; a failure only leaves the work to the edit.
   */
  public void warmFirstLook() {
    FirstLook look = firstLook;
    if (look != null) {
      try {
        look.warm();
      } catch (RuntimeException e) {
        // the first edit looks again, and the rebuild reports what is wrong
      }
    }
  }

  SiteBuilder(Consumer<String> beforeWrite) {
    this(beforeWrite, UnaryOperator.identity());
  }

  /** @param port wraps the disk output, e.g. to keep just-rendered pages in memory */
  public SiteBuilder(Consumer<String> beforeWrite, UnaryOperator<SiteOutput> port) {
    this(beforeWrite, port, null);
  }

  public BuildReport build(BuildOptions options) {
    return build(options, EarlyPages.NONE);
  }

  /** A build that renders {@code early}'s pages before the others (the preview's open pages). */
  public BuildReport build(BuildOptions options, EarlyPages early) {
    return build(options, early, BuildProgress.NONE);
  }

  /** A build that tells {@code progress} as each step starts and ends. */
  public BuildReport build(BuildOptions options, BuildProgress progress) {
    return build(options, EarlyPages.NONE, progress);
  }

  private BuildReport build(BuildOptions options, EarlyPages early, BuildProgress progress) {
    try {
      return buildOnce(options, early, progress);
    } catch (RuntimeException | Error e) {
      rescheduleCancelledSave();
      throw e;
    }
  }

  private BuildReport buildOnce(BuildOptions options, EarlyPages early, BuildProgress progress) {
    StepTimer timer = new StepTimer(progress);
    Problems problems = new Problems();
    Beside beside = loadBeside(options, timer);
    // A one-shot build parses the last manifests while it reads; a resident one keeps them.
    ManifestMemo manifestsNow = manifests != null ? manifests : new ManifestMemo();
    if (manifests == null && !options.clean()) {
      SideSteps.start("gazette-read-manifests", () -> {
        DiskOutput.readAhead(manifestsNow, options.out(), options.cache());
        return null;
      });
    }
    SiteInputs inputs = timer.run("inputs", () -> SiteInputs.load(options));
    problems.addAll(inputs.listingProblems());
    PageRenderer renderer = timer.run("templates", () -> {
      PageRenderer r = new PageRenderer(inputs.config(), options.templates(), problems::add);
      r.checkTemplates();
      return r;
    });
    String reading = timer.run("environment", () -> Fingerprints.reading(inputs.config()));
    ReadCache loadedBeside = beside.cache() == null ? null
        : beside.cache().exceptionally(e -> null).join();
    ReadCache readCache = options.clean() ? ReadCache.empty(reading)
        : warm != null && warm.environment().equals(reading)
            && options.cache().equals(warmCacheDir) ? warm
        : loadedBeside != null && loadedBeside.environment().equals(reading) ? loadedBeside
        : timer.run("read cache", () -> ReadCache.load(options.cache(), reading));
    warm = null; // until this build ends well
    firstLook = null;
    synchronized (this) {
      if (pendingSave != null) {
        pendingSave.cancel(false); // this build saves what it reads, the last one's included
      }
    }
    LoadedArchive loaded = timer.run("read", () -> new ArchiveLoader(inputs.config(),
        inputs.tagRules()).load(inputs.sources(), options.drafts(), problems, readCache,
        tagMemo, beside.tagging() == null ? null
            : beside.tagging().exceptionally(e -> SavedTagging.none()).join()));
    if (saver == null) {
      // A resident engine keeps the tagger's findings for the next edit; a one-shot build
      // needs them only to save the cache, and may move them out of a small heap meanwhile.
      timer.run("spill", () -> {
        try {
          readCache.spillWhenTight(options.cache(), heap);
        } catch (IOException | RuntimeException e) {
          problems.add(dev.gazette.diag.Problem.warning(options.cache().toString(), 0,
              "could not move the tagger's findings out of memory: " + e));
        }
      });
    }
    if (!options.clean()) {
      timer.run("related memo", () -> indexStep.restore(options.cache(), reading));
    }
    SiteOutput out = timer.run("manifest", () -> port.apply(DiskOutput.open(options.out(),
        options.cache(), options.clean(), beforeWrite, manifestsNow, options.root(),
        options.content(),
        options.templates(), options.config(), options.cache())));
    // The search index needs no page and no page needs it: it is built beside the indexes and
    // the pages, on its own thread, from the moment the output is open; for a preview, once the
    // pages it waits for are done. What the next build starts from is saved there too, once the
    // indexes (whose related lists and story signatures it holds) are made.
    CompletableFuture<Void> indexed = new CompletableFuture<>();
    CompletableFuture<Void> search = new CompletableFuture<>();
    AtomicBoolean searching = new AtomicBoolean();
    Runnable startSearch = () -> {
      if (!searching.compareAndSet(false, true)) {
        return;
      }
      SideSteps.start("gazette-search", () -> {
        boolean isIndexed = inputs.config().search();
        SearchIndex.Memo memo = isIndexed
            ? searchMemo(options, reading, loaded.archive().size()) : SearchIndex.Memo.none();
        if (isIndexed) {
          Consumer<IndexFile> put = f -> out.put(f.name(), f.fingerprint(), f::bytes, true);
          timer.run("search", () -> WriteStep.inParallel(WriteStep.inPoolOfItsOwn(
              () -> SearchIndex.build(loaded.archive().articles(), UrlScheme::article,
                  (a, text) -> readCache.terms(a, x -> TermCounts.of(x, text.get())), memo,
                  put)), put));
        }
        if (saver == null) {
          Path cache = options.cache();
          if (isIndexed) {
            save(timer, "save search state", cache.resolve(StateFiles.SEARCH),
                "index every article again", () -> StateFiles.save(cache, reading, memo),
                problems);
          }
          SideSteps.join(indexed); // a build whose indexes failed saves nothing more
          save(timer, "save related", cache.resolve(StateFiles.RELATED),
              "choose every related list again", () -> indexStep.save(cache, reading),
              problems);
          if (loaded.tagging() != null) {
            save(timer, "save tagging", cache.resolve(StateFiles.TAGGER),
                "choose every article's tags again",
                () -> StateFiles.save(cache, reading, loaded.tagging()), problems);
          }
          // The read cache is complete once the search step has its term counts and the
          // stories their signatures: it is saved while the last pages render.
          save(timer, "save read cache", options.cache().resolve(ReadCache.FILE),
              "read every file again", () -> readCache.save(options.cache()), problems);
        }
        return null;
      }, search);
    };
    Plan plan;
    try {
      try {
        if (early.files().isEmpty()) {
          startSearch.run();
        }
        Indexes indexes = indexStep.run(loaded.archive(), timer,
            a -> readCache.story(a, dev.gazette.taxonomy.StoryGroups::signature));
        indexed.complete(null);
        problems.addAll(indexes.tags().problems());
        plan = timer.run("plan", () -> new PlanStep().run(inputs, loaded, indexes,
            problems::add));
        Fingerprints fingerprints = timer.run("theme", () ->
            Fingerprints.of(reading, options.templates()));
        WriteStep write = new WriteStep(renderer, fingerprints);
        // A failed search step (out of memory, say) ends the build now, not after every page.
        SiteOutput pages = new StopsWhenFailed(out, search);
        timer.run("render+write", () -> write.pages(plan, pages, early, startSearch));
        timer.run("static", () -> write.files(plan, pages));
        startSearch.run();
      } finally {
        // Whatever happened, nothing may still write into the output when it is published or
        // thrown away.
        if (!indexed.isDone()) {
          indexed.completeExceptionally(new java.util.concurrent.CancellationException(
              "the build stopped before its indexes were made"));
        }
        if (searching.get()) {
          SideSteps.awaitQuietly(search);
        }
      }
      SideSteps.join(search);
      problems.addAll(timer.run("switch", out::commit));
    } catch (RuntimeException | Error e) {
      try {
        out.abandon();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    if (saver != null) {
      firstLook = new FirstLook(inputs, loaded, plan, renderer, tagMemo);
      warm = readCache.carryOver();
      warmCacheDir = options.cache();
      // A failed save only costs a later `build` its cache; this process keeps its own.
      IndexStep related = indexStep;
      SearchIndex.Memo searched = searchMemo != null ? searchMemo.snapshot()
          : SearchIndex.Memo.none();
      Runnable save = () -> {
        try {
          readCache.save(options.cache());
          StateFiles.save(options.cache(), reading, searched);
          related.save(options.cache(), reading);
        } catch (IOException | RuntimeException e) {
          // the next save tries again
        }
      };
      synchronized (this) {
        lastSave = save;
        pendingSave = saver.schedule(save, SAVE_WHEN_IDLE_MS, TimeUnit.MILLISECONDS);
      }
    }
    return new BuildReport(loaded.archive().size(), plan.pages().size(), problems.list(),
        problems.errorCount(), problems.warningCount(), problems.omitted(), timer.timings(),
        out.rendered(), out.reused(), out.mode(), problems.kinds());
  }
}
