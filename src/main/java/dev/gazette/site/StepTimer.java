package dev.gazette.site;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Runs named steps and remembers how long each took, for {@code --verbose}. */
final class StepTimer {
  private final Map<String, Duration> timings = new LinkedHashMap<>();

  <T> T run(String step, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      timings.merge(step, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  void run(String step, Runnable work) {
    run(step, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Duration> timings() {
    return new LinkedHashMap<>(timings);
  }
}
