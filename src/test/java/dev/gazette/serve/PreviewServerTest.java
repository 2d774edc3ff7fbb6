package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.site.BuildOptions;
import dev.gazette.site.SiteBuilder;
import dev.gazette.testing.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private Preview preview;

  @AfterEach
  void stop() {
    if (preview != null) {
      preview.close();
    }
  }

  private TestSite site(Path dir, String baseUrl) {
    return TestSite.write(dir, """
        -- gazette.yaml --
        base_url: %s
        -- content/2024-01-02-first.md --
        ---
        title: First story
        ---
        Original text.
        -- templates/static/data.json --
        {"a": 1}
        -- templates/static/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- secret.txt --
        do not serve
        """.formatted(baseUrl));
  }

  private int start(TestSite site) throws Exception {
    preview = new Preview(BuildOptions.defaults(site.root()), new PrintWriter(new StringWriter()));
    return preview.start("127.0.0.1", 0);
  }

  private HttpResponse<String> get(int port, String rawPath) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + rawPath))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends a raw request line, so no client library can clean up the path first. */
  private static String rawStatusLine(int port, String path) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close"
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      return new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.ISO_8859_1)).readLine();
    }
  }

  @Test
  void verboseLogsEachRebuildsStepsAndQuietDoesNot(@TempDir Path dir) throws Exception {
    TestSite site = site(dir, "/");
    StringWriter verbose = new StringWriter();
    preview = new Preview(BuildOptions.defaults(site.root()), new PrintWriter(verbose), true);
    preview.start("127.0.0.1", 0);
    preview.close();
    StringWriter quiet = new StringWriter();
    preview = new Preview(BuildOptions.defaults(site.root()), new PrintWriter(quiet));
    preview.start("127.0.0.1", 0);
    assertThat(verbose.toString()).contains("Rebuilt 1 articles in ")
        .containsPattern("(?m)^  read +\\d+ ms$")
        .containsPattern("(?m)^  render\\+write +\\d+ ms$");
    assertThat(quiet.toString()).contains("Rebuilt 1 articles in ")
        .doesNotContainPattern("(?m)^  read +\\d+ ms$");
  }

  @Test
  void servesFilesWithTypesAndIndexesAndTheSite404(@TempDir Path dir) throws Exception {
    int port = start(site(dir, "/"));
    HttpResponse<String> home = get(port, "/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
    assertThat(home.body()).contains("First story").contains(LiveReload.EVENTS_PATH);
    assertThat(get(port, "/style.css").headers().firstValue("content-type"))
        .hasValue("text/css; charset=utf-8");
    assertThat(get(port, "/feed.xml").headers().firstValue("content-type"))
        .hasValue("application/xml");
    assertThat(get(port, "/data.json").headers().firstValue("content-type"))
        .hasValue("application/json");
    assertThat(get(port, "/logo.svg").headers().firstValue("content-type"))
        .hasValue("image/svg+xml");
    assertThat(get(port, "/robots.txt").headers().firstValue("content-type"))
        .hasValue("text/plain; charset=utf-8");
    HttpResponse<String> tags = get(port, "/tags");
    assertThat(tags.statusCode()).isEqualTo(301);
    assertThat(tags.headers().firstValue("location")).hasValue("/tags/");
    HttpResponse<String> missing = get(port, "/no/such/page/");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
  }

  @Test
  void searchIndexFilesGoOutAsTheirStoredGzipBytesWithoutContentEncoding(@TempDir Path dir)
      throws Exception {
    TestSite site = site(dir, "/");
    int port = start(site);
    for (String folder : new String[] {"f", "d"}) {
      String name = site.files("site/search/" + folder).get(0);
      assertThat(name).endsWith(".json.gz");
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
          + port + "/search/" + folder + "/" + name)).header("Accept-Encoding", "gzip").build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("content-type")).hasValue("application/gzip");
      assertThat(r.headers().firstValue("content-encoding")).isEmpty();
      assertThat(r.body()).isEqualTo(java.nio.file.Files.readAllBytes(
          site.path("site/search/" + folder + "/" + name)));
    }
  }

  @Test
  void etagsHeadAndMethods(@TempDir Path dir) throws Exception {
    int port = start(site(dir, "/"));
    HttpResponse<String> first = get(port, "/style.css");
    String etag = first.headers().firstValue("etag").orElseThrow();
    assertThat(first.headers().firstValue("last-modified")).isPresent();
    HttpResponse<String> again = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/style.css")).header("If-None-Match", etag)
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/")).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/")).POST(
        HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
  }

  @Test
  void requestsNeverLeaveTheOutputFolder(@TempDir Path dir) throws Exception {
    int port = start(site(dir, "/"));
    for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/etc/passwd", "/..%2fsecret.txt", "/tags%2f..%2f..%2fsecret.txt",
        "/..\\secret.txt", "//etc/passwd", "/%00/etc/passwd", "/./../secret.txt",
        "/tags/../../secret.txt", "/%252e%252e/secret.txt", "/.%2e/secret.txt",
        "/tags/..%5c..%5csecret.txt", "/%5c..%5csecret.txt", "/index.html%00.txt",
        "/C:/Windows/win.ini", "/%2e%2e%2f%2e%2e%2fetc/passwd"}) {
      String status = rawStatusLine(port, path);
      assertThat(status).as(path).matches("HTTP/1\\.1 (400|404) .*");
    }
    assertThat(rawStatusLine(port, "http://evil/../../secret.txt")).matches("HTTP/1\\.1 40\\d.*");
  }

  @Test
  void theSiteIsServedUnderItsBasePath(@TempDir Path dir) throws Exception {
    int port = start(site(dir, "/repo/"));
    HttpResponse<String> root = get(port, "/");
    assertThat(root.statusCode()).isEqualTo(301);
    assertThat(root.headers().firstValue("location")).hasValue("/repo/");
    assertThat(get(port, "/repo/").body()).contains("href=\"/repo/style.css\"");
    assertThat(get(port, "/repo").headers().firstValue("location")).hasValue("/repo/");
    assertThat(get(port, "/style.css").statusCode()).isEqualTo(404);
  }

  @Test
  void aNewBasePathInTheConfigurationIsServedAfterTheNextBuild(@TempDir Path dir)
      throws Exception {
    TestSite site = site(dir, "/repo/");
    int port = start(site);
    assertThat(get(port, "/repo/").statusCode()).isEqualTo(200);
    long builds = preview.builds();
    site.writeFile("gazette.yaml", "base_url: /news/\n");
    preview.awaitBuild(builds, java.time.Duration.ofSeconds(30));
    HttpResponse<String> home = get(port, "/news/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("href=\"/news/style.css\"");
    assertThat(get(port, "/").headers().firstValue("location")).hasValue("/news/");
  }

  @Test
  void anEditReloadsOpenPagesAndABrokenTemplateShowsItsErrorWhileTheOldSiteStays(
      @TempDir Path dir) throws Exception {
    TestSite site = site(dir, "/");
    int port = start(site);
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + LiveReload.EVENTS_PATH)).build(), HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().forEach(events::add));
    // The stream's first line is written inside LiveReload.connect, which holds the lock every
    // broadcast takes: once it arrives, no reload can be sent past this client.
    assertThat(events.poll(15, TimeUnit.SECONDS)).isEqualTo("retry: 500");

    site.writeFile("content/2024-01-02-first.md", "---\ntitle: First story\n---\nEdited text.\n");
    assertThat(nextEvent(events)).isEqualTo("event: reload");
    assertThat(get(port, "/2024/01/first/").body()).contains("Edited text.");
    assertThat(site.read("site/2024/01/first/index.html")).doesNotContain("EventSource");

    site.writeFile("templates/article.peb", "{% extends \"base\" %}\n{% block content %}\n"
        + "{{ article.nope }}\n{% endblock %}\n");
    String event = nextEvent(events);
    assertThat(event).isEqualTo("event: build-error");
    assertThat(events.poll(5, TimeUnit.SECONDS)).startsWith("data: templates/article.peb:3:");
    assertThat(get(port, "/2024/01/first/").body()).contains("Edited text.");
  }

  @Test
  void aSaveMadeDuringTheFirstBuildIsBuiltToo(@TempDir Path dir) throws Exception {
    TestSite site = site(dir, "/");
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch edited = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    preview = new Preview(BuildOptions.defaults(site.root()), new PrintWriter(new StringWriter()),
        false, SiteBuilder.resident(file -> {
          if (first.getAndSet(false)) { // the first build, once it has read the articles
            writing.countDown();
            try {
              edited.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }));
    java.util.concurrent.CompletableFuture<Integer> started =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          try {
            return preview.start("127.0.0.1", 0);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    assertThat(writing.await(60, TimeUnit.SECONDS)).isTrue();
    site.writeFile("content/2024-01-02-first.md", "---\ntitle: First story\n---\nSaved early.\n");
    edited.countDown();
    int port = started.get(60, TimeUnit.SECONDS);
    // The first build read the old text; the save it missed brings a second.
    preview.awaitBuild(1, Duration.ofSeconds(30));
    assertThat(site.read("site/2024/01/first/index.html")).contains("Saved early.");
    assertThat(get(port, "/2024/01/first/").body()).contains("Saved early.");
  }

  @Test
  void anEditedOpenArticleIsServedBeforeTheRebuildWritesIt(@TempDir Path dir) throws Exception {
    TestSite site = site(dir, "/");
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean hold = new AtomicBoolean();
    preview = new Preview(BuildOptions.defaults(site.root()), new PrintWriter(new StringWriter()),
        false, SiteBuilder.resident(file -> {
          if (hold.get()) {
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        }));
    int port = preview.start("127.0.0.1", 0);
    BlockingQueue<String> events = new LinkedBlockingQueue<>();
    http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + LiveReload.EVENTS_PATH + "?page=%2F2024%2F01%2Ffirst%2F")).build(),
        HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(events::add));
    assertThat(events.poll(15, TimeUnit.SECONDS)).isEqualTo("retry: 500");
    long builds = preview.builds();

    hold.set(true); // the rebuild writes nothing until released
    site.writeFile("content/2024-01-02-first.md", "---\ntitle: First story\n---\nEdited text.\n");
    assertThat(nextEvent(events)).isEqualTo("event: reload");
    assertThat(get(port, "/2024/01/first/").body()).contains("Edited text.");
    assertThat(site.read("site/2024/01/first/index.html")).contains("Original text.");

    hold.set(false);
    release.countDown();
    preview.awaitBuild(builds, Duration.ofSeconds(30));
    assertThat(site.read("site/2024/01/first/index.html")).contains("Edited text.");
    assertThat(get(port, "/2024/01/first/").body()).contains("Edited text.");
  }

  private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      String line = events.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("event: ")) {
        return line;
      }
    }
    throw new AssertionError("no event within 15 s");
  }
}
