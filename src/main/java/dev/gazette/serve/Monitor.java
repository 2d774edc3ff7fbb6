package dev.gazette.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting on an object's monitor for a condition, with a bound. */
final class Monitor {
  private Monitor() {}

  /**
   * Waits on {@code lock}, which the caller holds, until {@code done} is true or {@code limit}
   * has passed; whoever changes what {@code done} reads calls {@code notifyAll} on the lock.
   */
  static void awaitUntil(Object lock, BooleanSupplier done, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        return;
      }
      TimeUnit.NANOSECONDS.timedWait(lock, left);
    }
  }
}
