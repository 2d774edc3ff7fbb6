package dev.gazette.site;

import static dev.gazette.site.IncrementalBuildTest.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.engine.DiskOutput;
import dev.gazette.serve.Preview;
import dev.gazette.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The randomized incremental test, through {@code serve}: edits are made on disk while the
 * preview runs (articles, templates, static files, configuration, {@code tags.yaml}); after each,
 * once the preview has rebuilt, the output folder and every page it serves are what a clean build
 * of the same input gives. The test waits on the preview's builds, never on the clock.
 */
class ServeRandomEditsTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void afterEachEditTheServedSiteIsTheCleanBuild(@TempDir Path dir) throws Exception {
    for (long seed = 21; seed <= 22; seed++) {
      Path root = dir.resolve("seed-" + seed);
      IncrementalBuildTest.EditSequence seq = new IncrementalBuildTest.EditSequence(
          new Random(seed), TestSite.write(root, """
              -- gazette.yaml --
              title: Served
              page_size: 2
              feed_size: 3
              """));
      for (int i = 0; i < 5; i++) {
        seq.addArticle();
      }
      try (Preview preview = new Preview(BuildOptions.defaults(root),
          new PrintWriter(new StringWriter()))) {
        int port = preview.start("127.0.0.1", 0);
        for (int step = 0; step < 10; step++) {
          String edit;
          if (seq.random.nextInt(8) == 0) {
            seq.site.writeFile("tags.yaml", "aliases:\n  Football: Sport\nbanned: ["
                + new String[] {"Tech", "Music", "Science"}[seq.random.nextInt(3)] + "]\n");
            edit = "tags.yaml";
          } else {
            // A hand edit of site/ is not watched: an edit that makes the preview rebuild follows.
            boolean defaced = false;
            do {
              edit = seq.randomEdit();
              defaced |= edit.startsWith("deface");
            } while (edit.startsWith("deface") || defaced && edit.equals("no change"));
          }
          String context = "seed " + seed + ", step " + step + " (" + edit + "); edits so far: "
              + seq.log;
          Map<String, byte[]> expected = IncrementalBuildTest.cleanTree(root);
          long seen = preview.builds();
          while (!Arrays.equals(flatOrEmpty(root.resolve("site")), flat(expected))) {
            long now = preview.awaitBuild(seen, LIMIT);
            assertThat(now).as("a rebuild after " + context).isGreaterThan(seen);
            seen = now;
          }
          for (Map.Entry<String, byte[]> f : expected.entrySet()) {
            if (f.getKey().equals(DiskOutput.MARKER)) {
              continue;
            }
            String url = "http://127.0.0.1:" + port + "/" + f.getKey()
                .replaceAll("(^|/)index\\.html$", "$1");
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(context + ": " + url).isEqualTo(200);
            assertThat(withoutReloadScript(r.body())).as(context + ": " + url)
                .isEqualTo(f.getValue());
          }
        }
      }
    }
  }

  /**
   * The output folder as {@link #flat}, or nothing while a rebuild is switching it: a folder
   * walked during the switch loses files under the walk, and the rebuild then ends.
   */
  private static byte[] flatOrEmpty(Path site) throws java.io.IOException {
    try {
      return flat(tree(site));
    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
      return new byte[0];
    }
  }

  /** A tree's names and bytes as one array, to compare trees. */
  private static byte[] flat(Map<String, byte[]> tree) {
    StringBuilder b = new StringBuilder();
    tree.forEach((k, v) -> b.append(k).append('\0').append(Arrays.hashCode(v)).append('\0')
        .append(v.length).append('\n'));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The page as written, without the live-reload script the preview adds to HTML. */
  private static byte[] withoutReloadScript(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("<script>(function () {");
    if (at < 0 || !text.startsWith("<!DOCTYPE", 0) || text.indexOf("EventSource", at) < 0) {
      return body;
    }
    String end = "})();</script>\n";
    int close = text.indexOf(end, at);
    return (text.substring(0, at) + text.substring(close + end.length()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
