package dev.gazette.site;

import dev.gazette.diag.GazetteException;
import dev.gazette.engine.Fingerprints;
import dev.gazette.engine.SiteOutput;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.StaticAssets;
import dev.gazette.render.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The plan → the output port: each page is fingerprinted and rendered only when the output does
 * not already hold it; then the static files. Pages are rendered on every core.
 */
final class WriteStep {
  private final PageRenderer renderer;
  private final Fingerprints fingerprints;

  WriteStep(PageRenderer renderer, Fingerprints fingerprints) {
    this.renderer = renderer;
    this.fingerprints = fingerprints;
  }

  void pages(Plan plan, SiteOutput out) {
    pages(plan, out, EarlyPages.NONE, () -> {});
  }

  /**
   * Renders the {@code early} pages first and tells it, runs {@code thenAlso} (work that may go
   * on beside the other pages), then renders every other page.
   */
  void pages(Plan plan, SiteOutput out, EarlyPages early, Runnable thenAlso) {
    Set<String> wanted = early.files();
    List<Page> first = new ArrayList<>();
    List<Page> rest = new ArrayList<>(plan.pages().size());
    for (Page p : plan.pages()) {
      (wanted.contains(p.file()) ? first : rest).add(p);
    }
    if (!first.isEmpty()) {
      Map<String, byte[]> fresh = new ConcurrentHashMap<>();
      inParallel(first, p -> out.put(p.file(), fingerprints.page(p), () -> {
        byte[] bytes = renderer.render(p);
        fresh.put(p.file(), bytes);
        return bytes;
      }, false));
      early.rendered(Map.copyOf(fresh));
    }
    thenAlso.run();
    inParallel(rest, p -> out.put(p.file(), fingerprints.page(p),
        () -> renderer.render(p), false));
  }

  void files(Plan plan, SiteOutput out) {
    for (StaticAssets.Asset a : plan.files()) {
      out.put(a.name(), Fingerprints.bytes(a.bytes()), a::bytes, true);
    }
  }

  /**
   * Runs {@code work} on every item in a pool of this build's own, and returns only when no
   * thread is still working: after a failure, nothing writes into a folder being thrown away.
   */
  static <T> void inParallel(List<T> items, Consumer<T> work) {
    inPoolOfItsOwn(() -> {
      items.parallelStream().forEach(work);
      return null;
    });
  }

  /**
   * Runs {@code work} in a pool of its own, so that its parallel streams run there, and returns
   * only once every thread of that pool has stopped, however the work ended. In the common pool,
   * when one element failed, the stream threw at once while the pool's other threads went on
   * with their elements, putting files into an output already abandoned (or, in {@code serve},
   * into the next build's).
   */
  static <T> T inPoolOfItsOwn(java.util.function.Supplier<T> work) {
    ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      return pool.submit(work::get).get();
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
}
