package dev.gazette.serve;

import dev.gazette.config.BaseUrl;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
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
  private final SiteBuilder builder = SiteBuilder.resident();
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

  public Preview(BuildOptions options, PrintWriter log) {
    this(options, log, false);
  }

  public Preview(BuildOptions options, PrintWriter log, boolean verbose) {
    this.options = options;
    this.log = log;
    this.verbose = verbose;
  }

  /** Builds once, then serves and watches. Returns the port actually bound. */
  public int start(String host, int port) throws IOException {
    rebuild();
    String basePath = options.baseUrl().map(BaseUrl::path)
        .orElseGet(() -> SiteInputs.loadConfig(options).baseUrl().path());
    server = new PreviewServer(options.out(), basePath, reload, host, port,
        name -> fresh.get(name));
    server.start();
    watch();
    for (Path f : configFiles()) {
      configTimes.put(f, modified(f));
    }
    builds.scheduleWithFixedDelay(this::pollConfig, CONFIG_POLL_MS, CONFIG_POLL_MS,
        TimeUnit.MILLISECONDS);
    return server.port();
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
    watcher = DirectoryWatcher.builder().paths(new ArrayList<>(watchedFolders))
        .fileHashing(false)
        .listener(event -> {
          if (!event.isDirectory() || event.eventType() != null) {
            schedule();
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
      schedule();
    }
  }

  private static Optional<FileTime> modified(Path f) {
    try {
      return Optional.of(Files.getLastModifiedTime(f));
    } catch (IOException e) {
      return Optional.empty();
    }
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
    try {
      BuildReport report = builder.build(options, new EarlyPages() {
        @Override
        public Set<String> files() {
          return reload.openPages();
        }

        @Override
        public void rendered(Map<String, byte[]> pages) {
          if (!pages.isEmpty()) {
            earlyAt[0] = System.nanoTime();
            fresh = pages;
            long connections = reload.connections();
            reload.renderedEarly(pages.keySet());
            // Until those pages are shown again (their script connects back), or a second: the
            // rest of the build takes both cores, and the browser needs one to show the page.
            reload.awaitConnections(connections + reload.clientsOn(pages.keySet()),
                EARLY_SHOWN_WAIT_MS);
          }
        }
      });
      fresh = Map.of(); // the disk has them now
      long ms = (System.nanoTime() - start) / 1_000_000;
      List<String> errors = new ArrayList<>();
      for (Problem p : report.problems()) {
        if (p.severity() == Problem.Severity.ERROR) {
          errors.add(p.toString());
        }
      }
      log.printf("Rebuilt %d articles in %d ms%s%s%n", report.articles(), ms,
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
