package dev.gazette.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Runs named steps and remembers how long each took, for {@code --verbose}. */
final class StepTimer {
  private final Map<String, Duration> timings = new LinkedHashMap<>();
  private final BuildProgress progress;

  StepTimer() {
    this(BuildProgress.NONE);
  }

  StepTimer(BuildProgress progress) {
    this.progress = progress;
  }

  <T> T run(String step, Supplier<T> work) {
    long start = System.nanoTime();
    progress.started(step);
    try {
      return work.get();
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      synchronized (timings) {
        timings.merge(step, took, Duration::plus); // steps may run side by side
      }
      progress.finished(step, took);
    }
  }

  void run(String step, Runnable work) {
    run(step, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Duration> timings() {
    synchronized (timings) {
      return new LinkedHashMap<>(timings);
    }
  }
}
