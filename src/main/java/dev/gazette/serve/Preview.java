package dev.gazette.serve;

import dev.gazette.config.BaseUrl;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import dev.gazette.engine.DiskOutput;
import dev.gazette.site.BuildOptions;
import dev.gazette.site.BuildReport;
import dev.gazette.site.EarlyPages;
import dev.gazette.site.SiteBuilder;
import dev.gazette.site.SiteInputs;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One preview session: build, serve, watch, rebuild, reload. Rebuilds run one at a time on their
 * own thread, a short while after the last change, so a burst of saves gives one build.
 */
public final class Preview implements AutoCloseable {
  static final long DEBOUNCE_MS = 25;
  static final long CONFIG_POLL_MS = 250;

  private final BuildOptions options;
  private final PrintWriter log;
  /** Each rebuild's step times, as {@code build --verbose} prints them. */
  private final boolean verbose;
  private final LiveReload reload = new LiveReload();
  /** One engine for the whole session: each rebuild starts from what the last one read. */
  private final SiteBuilder builder;
  /**
   * The open pages the running build has rendered anew, served before the build publishes them
   * (it renders those first); empty between builds.
   */
  private volatile Map<String, byte[]> fresh = Map.of();
  /** How long a build waits for the open pages it reloaded early to be shown. */
  static final long EARLY_SHOWN_WAIT_MS = 1_000;
  private final ScheduledExecutorService builds = Executors.newSingleThreadScheduledExecutor(
      r -> daemon(r, "gazette-rebuild"));
  private final Map<Path, Optional<FileTime>> configTimes = new HashMap<>();
  private PreviewServer server;
  private DirectoryWatcher watcher;
  private ScheduledFuture<?> pending;
  private long finished;
  private final java.util.Set<Path> watchedFolders = new java.util.HashSet<>();
  /**
   * The content files changed since the last rebuild began, for its first look; {@code null}
   * once anything else changed too (a template, the configuration, an event the watcher lost).
   */
  private Set<Path> changedFiles = new java.util.HashSet<>();

  public Preview(BuildOptions options, PrintWriter log) {
    this(options, log, false);
  }

  public Preview(BuildOptions options, PrintWriter log, boolean verbose) {
    this(options, log, verbose, SiteBuilder.resident());
  }

  /** @param builder a resident builder (tests hold its writes to see what is served meanwhile) */
  Preview(BuildOptions options, PrintWriter log, boolean verbose, SiteBuilder builder) {
    this.options = options;
    this.log = log;
    this.verbose = verbose;
    this.builder = builder;
  }

  /** Builds once, then serves and watches. Returns the port actually bound. */
  public int start(String host, int port) throws IOException {
    // Watching starts before the first build (at 10,000 articles, seconds long), so that a save
    // made meanwhile is seen; the build runs on the rebuild thread, where what that save
    // schedules waits behind it.
    watch();
    for (Path f : configFiles()) {
      configTimes.put(f, modified(f));
    }
    try {
      builds.submit(this::rebuild).get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted during the first build", e);
    }
    server = new PreviewServer(options.out(), basePath(), reload, host, port,
        name -> fresh.get(name));
    server.start();
    builds.scheduleWithFixedDelay(this::pollConfig, CONFIG_POLL_MS, CONFIG_POLL_MS,
        TimeUnit.MILLISECONDS);
    builds.execute(builder::warmFirstLook); // between builds, as every first look runs
    return server.port();
  }

  /** The base path the site is served under: {@code --base-url}'s, else the configuration's. */
  private String basePath() {
    return options.baseUrl().map(BaseUrl::path)
        .orElseGet(() -> SiteInputs.loadConfig(options).baseUrl().path());
  }

  public int port() {
    return server.port();
  }

  /**
   * Watches the content and templates folders that exist. One that does not is looked for with
   * the configuration files; when it appears (a theme override started), watching starts over.
   */
  private synchronized void watch() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    watchedFolders.clear();
    for (Path p : List.of(options.content(), options.templates())) {
      if (Files.isDirectory(p)) {
        watchedFolders.add(p.toAbsolutePath().normalize());
      }
    }
    // What the builds write themselves, when it lies in a watched folder (the content folder
    // at the site's root): without this, each build's writes scheduled the next, for ever.
    List<Path> own = new ArrayList<>(DiskOutput.outputAndBesides(options.out()));
    own.add(options.cache().toAbsolutePath().normalize());
    watcher = DirectoryWatcher.builder().paths(new ArrayList<>(watchedFolders))
        .fileHashing(false)
        .listener(event -> {
          Path at = event.path() == null ? null : event.path().toAbsolutePath().normalize();
          if (at != null && own.stream().anyMatch(at::startsWith)) {
            return;
          }
          if (!event.isDirectory() || event.eventType() != null) {
            changed(event.isDirectory() ? null : event.path());
          }
        })
        .build();
    watcher.watchAsync(Executors.newSingleThreadExecutor(r -> daemon(r, "gazette-watch")));
  }

  private boolean aFolderAppeared() {
    for (Path p : List.of(options.content(), options.templates())) {
      if (Files.isDirectory(p) && !watchedFolders.contains(p.toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }

  /** Config files are single files beside the content; they are polled, not watched. */
  private List<Path> configFiles() {
    return List.of(options.config(), SiteInputs.tagRulesFile(options));
  }

  private void pollConfig() {
    boolean changed = false;
    if (aFolderAppeared()) {
      try {
        watch();
        changed = true;
      } catch (IOException e) {
        log.println("error: cannot watch " + options.templates() + ": " + e.getMessage());
        log.flush();
      }
    }
    for (Path f : configFiles()) {
      Optional<FileTime> now = modified(f);
      if (!now.equals(configTimes.put(f, now))) {
        changed = true;
      }
    }
    if (changed) {
      changed(null);
    }
  }

  private static Optional<FileTime> modified(Path f) {
    try {
      return Optional.of(Files.getLastModifiedTime(f));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Notes a changed file ({@code null}: something other than one content file) and rebuilds. */
  private synchronized void changed(Path file) {
    Path content = options.content().toAbsolutePath().normalize();
    if (changedFiles != null && file != null
        && file.toAbsolutePath().normalize().startsWith(content)) {
      changedFiles.add(file);
    } else {
      changedFiles = null;
    }
    schedule();
  }

  /** The content files changed since the last call, or {@code null} when more than they did. */
  private synchronized Set<Path> takeChanges() {
    Set<Path> files = changedFiles;
    changedFiles = new java.util.HashSet<>();
    return files;
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = builds.schedule(this::rebuild, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
  }

  /** Builds finished so far, failed ones included. */
  public synchronized long builds() {
    return finished;
  }

  /**
   * Waits until more than {@code seen} builds have finished, or {@code limit} has passed; returns
   * the count then. Tests wait on this event instead of on the clock.
   */
  public synchronized long awaitBuild(long seen, java.time.Duration limit)
      throws InterruptedException {
    Monitor.awaitUntil(this, () -> finished > seen, limit);
    return finished;
  }

  private synchronized void finishedOne() {
    finished++;
    notifyAll();
  }

  private void rebuild() {
    try {
      build();
    } finally {
      finishedOne();
    }
  }

  private void build() {
    long start = System.nanoTime();
    long[] earlyAt = {-1};
    long[] firstAt = {-1};
    try {
      Set<Path> changes = takeChanges();
      Map<String, byte[]> first = changes == null || changes.isEmpty() ? Map.of()
          : firstLook(changes);
      if (!first.isEmpty()) {
        firstAt[0] = System.nanoTime();
        showEarly(first, Set.of(), first.keySet());
      }
      BuildReport report = builder.build(options, new EarlyPages() {
        @Override
        public Set<String> files() {
          return reload.openPages();
        }

        @Override
        public void rendered(Map<String, byte[]> pages) {
          Map<String, byte[]> shown = new HashMap<>(first);
          shown.putAll(pages);
          // A page the first look showed as the build made it is not shown again.
          Set<String> again = new java.util.HashSet<>(pages.keySet());
          again.removeIf(f -> java.util.Arrays.equals(pages.get(f), first.get(f)));
          if (!again.isEmpty()) {
            earlyAt[0] = System.nanoTime();
          }
          showEarly(shown, pages.keySet(), again);
        }
      });
      fresh = Map.of(); // the disk has them now
      if (server != null) {
        server.basePath(basePath()); // the pages just built link under it
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      List<String> errors = new ArrayList<>();
      for (Problem p : report.problems()) {
        if (p.severity() == Problem.Severity.ERROR) {
          errors.add(p.toString());
        }
      }
      log.printf("Rebuilt %d articles in %d ms%s%s%s%n", report.articles(), ms,
          firstAt[0] < 0 ? "" : " (first look after " + (firstAt[0] - start) / 1_000_000
              + " ms)",
          earlyAt[0] < 0 ? "" : " (open pages reloaded after "
              + (earlyAt[0] - start) / 1_000_000 + " ms)",
          errors.isEmpty() ? "" : "; " + errors.size() + " errors");
      if (verbose) {
        report.printTimings(log);
      }
      errors.forEach(log::println);
      log.flush();
      reload.built(errors.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", errors)));
    } catch (GazetteException e) {
      fresh = Map.of();
      log.println("error: " + e.getMessage());
      log.flush();
      reload.failed(e.getMessage());
    } catch (RuntimeException e) {
      fresh = Map.of();
      log.println("error: unexpected failure: " + e);
      log.flush();
      reload.failed("unexpected failure: " + e);
    }
  }

  /** The open pages of the changed articles, before the rebuild; empty when it cannot tell. */
  private Map<String, byte[]> firstLook(Set<Path> changes) {
    try {
      return builder.firstLook(changes, reload.openPages());
    } catch (RuntimeException e) {
      return Map.of(); // the rebuild that follows reports what is wrong
    }
  }

  /**
   * Serves {@code pages} from memory until the build publishes them, and reloads the open pages
   * showing {@code reloadNow}; those showing {@code done} have their final bytes (the build
   * rendered them) and are not reloaded when it ends.
   */
  private void showEarly(Map<String, byte[]> pages, Set<String> done, Set<String> reloadNow) {
    fresh = Map.copyOf(pages);
    long connections = reload.connections();
    reload.renderedEarly(done, reloadNow);
    // Until those pages are shown again (their script connects back), or a second: the rest of
    // the build takes both cores, and the browser needs one to show the page.
    reload.awaitConnections(connections + reload.clientsOn(reloadNow), EARLY_SHOWN_WAIT_MS);
  }

  int clients() {
    return reload.clientCount();
  }

  @Override
  public void close() {
    builds.shutdownNow();
    builder.close();
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    if (server != null) {
      server.close();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
