package dev.gazette.cli;

import dev.gazette.site.BuildProgress;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Where a long build is: on a terminal a progress bar over the build's steps, naming the one
 * running; elsewhere (CI logs, pipes) one line for each step that took a second or more, so a
 * quick build prints nothing extra and a long one says what took the time.
 */
final class StepProgress implements BuildProgress, AutoCloseable {
  /** About the number of steps a build runs (see {@code SiteBuilder}). */
  static final int STEPS = 16;
  static final Duration WORTH_A_LINE = Duration.ofSeconds(1);

  private final ProgressBar bar;
  private final PrintWriter lines;

  private StepProgress(ProgressBar bar, PrintWriter lines) {
    this.bar = bar;
    this.lines = lines;
  }

  /** A bar when this process writes to a terminal, lines to {@code out} otherwise. */
  static StepProgress forOutput(PrintWriter out) {
    if (System.console() == null) {
      return new StepProgress(null, out);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(STEPS)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).hideEta()
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    return new StepProgress(bar, null);
  }

  @Override
  public synchronized void started(String step) {
    if (bar != null) {
      bar.setExtraMessage(step);
    }
  }

  @Override
  public synchronized void finished(String step, Duration took) {
    if (bar != null) {
      bar.maxHint(Math.max(STEPS, bar.getCurrent() + 2));
      bar.step();
    } else if (took.compareTo(WORTH_A_LINE) >= 0) {
      lines.printf("  %s: %.1f s%n", step, took.toMillis() / 1000.0);
      lines.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.stepTo(bar.getMax());
      bar.close();
    }
  }
}
