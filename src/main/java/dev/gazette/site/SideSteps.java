package dev.gazette.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Steps run on their own threads beside others: waiting for them and passing on how they failed. */
final class SideSteps {
  private SideSteps() {}

  /**
   * Runs {@code step} on a thread of its own, named {@code name}: not in the common pool, whose
   * one worker on two cores is the other half of every parallel stream, which a file being
   * loaded there would leave to the calling thread alone.
   */
  static <T> CompletableFuture<T> start(String name, java.util.function.Supplier<T> step) {
    CompletableFuture<T> done = new CompletableFuture<>();
    start(name, step, done);
    return done;
  }

  /**
   * Like {@link #start(String, java.util.function.Supplier)}, completing {@code done}, made
   * before the step may start (others wait on it first).
   */
  static <T> void start(String name, java.util.function.Supplier<T> step,
      CompletableFuture<T> done) {
    Thread t = new Thread(() -> {
      try {
        done.complete(step.get());
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    startOrFail(t, done);
  }

  /**
   * Starts {@code t}, or fails {@code done} when no thread can be had (out of native threads):
   * whoever waits for {@code done} would otherwise wait for ever.
   */
  static void startOrFail(Thread t, CompletableFuture<?> done) {
    try {
      t.start();
    } catch (RuntimeException | Error e) {
      done.completeExceptionally(e);
    }
  }

  /** Waits for a step to end, whatever happened; its failure is reported by {@link #join}. */
  static void awaitQuietly(CompletableFuture<?> step) {
    try {
      step.join();
    } catch (RuntimeException e) {
      // reported by join
    }
  }

  /** The step's result, or its failure thrown as itself (not wrapped). */
  static <T> T join(CompletableFuture<T> step) {
    try {
      return step.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
