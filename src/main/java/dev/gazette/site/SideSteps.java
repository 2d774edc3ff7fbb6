package dev.gazette.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Steps run on their own threads beside others: waiting for them and passing on how they failed. */
final class SideSteps {
  private SideSteps() {}

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
