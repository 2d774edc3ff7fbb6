package dev.gazette.bench;

import dev.gazette.site.BuildOptions;
import dev.gazette.site.BuildReport;
import dev.gazette.site.EarlyPages;
import dev.gazette.site.SiteBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Where a resident build's time goes after one edit, without a browser: builds the site once
 * with the builder {@code serve} keeps, then appends a line to the benchmark's article several
 * times, rebuilding after each, and prints when the article's page was ready (what the preview
 * serves first) and every step's time.
 *
 * <p>Usage: {@code ResidentRebuild SITE_ROOT OUT_DIR EDITS}, on a site prepared by
 * {@code bench/run.sh --one-edit} (it holds {@code content/2004-06-15-bench-edit.txt}).
 */
public final class ResidentRebuild {
  private ResidentRebuild() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    BuildOptions options = BuildOptions.defaults(root).withOut(Path.of(args[1]));
    int edits = Integer.parseInt(args[2]);
    SiteBuilder builder = SiteBuilder.resident();
    long start = System.nanoTime();
    builder.build(options);
    System.out.printf("first build: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    for (int i = 1; i <= edits; i++) {
      Files.writeString(root.resolve(ServeLatency.ARTICLE), "\nResident edit " + i + ".\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      long saved = System.nanoTime();
      long[] early = new long[1];
      BuildReport report = builder.build(options, new EarlyPages() {
        @Override
        public Set<String> files() {
          return Set.of(ServeLatency.PAGE + "index.html");
        }

        @Override
        public void rendered(Map<String, byte[]> pages) {
          early[0] = System.nanoTime();
        }
      });
      long done = System.nanoTime();
      StringBuilder steps = new StringBuilder();
      for (Map.Entry<String, Duration> e : report.timings().entrySet()) {
        steps.append(' ').append(e.getKey()).append('=').append(e.getValue().toMillis());
      }
      System.out.printf("edit %d: page ready %d ms, build %d ms;%s%n", i,
          (early[0] - saved) / 1_000_000, (done - saved) / 1_000_000, steps);
    }
    builder.close();
  }
}
