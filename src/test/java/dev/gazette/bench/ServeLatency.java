package dev.gazette.bench;

import dev.gazette.cli.Main;
import dev.gazette.testing.Chromium;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The {@code serve} half of the benchmark's one-edit mode: runs {@code serve} on a site, opens
 * one article in headless Chromium, then appends a line to that article's source file several
 * times and prints, for each save, the time until the open page shows the new line (live reload,
 * no manual refresh), and their median. The article is the one {@code bench/run.sh} adds to the
 * archive ({@code content/2004-06-15-bench-edit.txt}, page {@code /2004/06/bench-edit-target/}).
 *
 * <p>Usage: {@code ServeLatency SITE_ROOT OUT_DIR EDITS [--steps]}; {@code --steps} prints
 * each rebuild's step times. Needs Debian's chromium and
 * chromium-driver.
 */
public final class ServeLatency {
  static final String ARTICLE = "content/2004-06-15-bench-edit.txt";
  static final String PAGE = "2004/06/bench-edit-target/";

  private ServeLatency() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int edits = Integer.parseInt(args[2]);
    boolean steps = args.length > 3 && args[3].equals("--steps");
    Path source = root.resolve(ARTICLE);
    PipedWriter pipe = new PipedWriter();
    BufferedReader serveOut = new BufferedReader(new PipedReader(pipe, 1 << 16));
    PrintWriter serveWriter = new PrintWriter(pipe, true);
    List<String> command = new ArrayList<>(List.of("serve", "--root", root.toString(),
        "--out", out.toString(), "--port", "0"));
    if (steps) {
      command.add("--verbose");
    }
    Thread serve = new Thread(() -> Main.run(command.toArray(String[]::new), serveWriter,
        new PrintWriter(PrintWriter.nullWriter())), "serve");
    serve.setDaemon(true);
    long start = System.nanoTime();
    serve.start();
    int port = port(serveOut);
    System.out.printf("serve: first build and listening after %d ms%n",
        (System.nanoTime() - start) / 1_000_000);
    java.util.concurrent.BlockingQueue<String> rebuilt =
        new java.util.concurrent.LinkedBlockingQueue<>();
    Thread drain = new Thread(() -> {
      try {
        // The preview's rebuild times, beside the save-to-page times they are part of.
        for (String line = serveOut.readLine(); line != null; line = serveOut.readLine()) {
          if (line.startsWith("Rebuilt")) {
            System.out.println("serve: " + line);
            rebuilt.add(line);
          } else if (steps && line.startsWith("  ")) {
            System.out.println("serve: " + line);
          }
        }
      } catch (IOException e) {
        // The pipe closes when the process ends.
      }
    }, "drain");
    drain.setDaemon(true);
    drain.start();

    Path profile = Files.createTempDirectory("gazette-bench-chromium");
    ChromeDriver browser = Chromium.start(profile);
    List<Long> times = new ArrayList<>();
    try {
      browser.get("http://127.0.0.1:" + port + "/" + PAGE);
      Chromium.awaitLiveReload(browser, Duration.ofSeconds(30));
      rebuilt.clear(); // only the rebuilds of the saves below
      for (int i = 1; i <= edits; i++) {
        // Unique to this run: an earlier run left its own edits in the file.
        String marker = "Edit number " + i + " of run " + Long.toString(System.nanoTime(), 36)
            + " ends here.";
        long saved = System.nanoTime();
        Files.writeString(source, "\n" + marker + "\n", StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
        Chromium.awaitText(browser, "body", t -> t.contains(marker), Duration.ofSeconds(120));
        long ms = (System.nanoTime() - saved) / 1_000_000;
        times.add(ms);
        System.out.printf("serve: save %d -> page shows it: %d ms%n", i, ms);
        // The page shows the edit before the rebuild has written the rest of the site; the next
        // save waits for that rebuild to end, so that each save is timed on its own.
        if (rebuilt.poll(120, java.util.concurrent.TimeUnit.SECONDS) == null) {
          throw new IllegalStateException("the preview did not finish rebuilding");
        }
        // The reloaded page must be listening again before the next save is timed.
        Chromium.awaitLiveReload(browser, Duration.ofSeconds(30));
      }
    } finally {
      browser.quit();
    }
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf("serve save-to-page: median %d ms (runs: %s)%n",
        sorted.get(sorted.size() / 2), times);
    System.exit(0);
  }

  private static int port(BufferedReader serveOut) throws IOException {
    Pattern listening = Pattern.compile("http://[^:/]+:(\\d+)/");
    for (String line = serveOut.readLine(); line != null; line = serveOut.readLine()) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IOException("serve ended before it listened");
  }
}
