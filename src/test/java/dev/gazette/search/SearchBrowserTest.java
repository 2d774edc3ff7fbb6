package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.bench.ArchiveGenerator;
import dev.gazette.testing.Chromium;
import dev.gazette.testing.StaticServer;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real Chromium, over sites served as GitHub Pages serves them (gzip, under a
 * sub-path). Skipped when Debian's chromium and chromium-driver are not installed; the archive
 * test also needs the BBC corpus in {@code ../shared/corpus/bbc}.
 */
@EnabledIf("browserInstalled")
class SearchBrowserTest {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path CORPUS = REPO.resolve("../shared/corpus/bbc").normalize();
  /** What one query may download, script and shards as served. */
  static final long LIMIT = 100_000;

  @TempDir static Path profile;
  static ChromeDriver browser;

  static boolean browserInstalled() {
    return Chromium.installed();
  }

  @BeforeAll
  static void open() {
    browser = Chromium.start(profile);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void typingAWordFromASeedArticleListsItWithAWorkingLinkUnderRootAndSubPath(@TempDir Path dir)
      throws IOException {
    TestSite site = copyOfRepoSite(dir);
    site.writeFile("content/2023-05-06-zoe.md", "---\ntitle: Zoë Ball signs off\n"
        + "tags: [Zoë Ball]\n---\nThe presenter Zoë Ball said goodbye to the breakfast show.\n");
    for (String base : List.of("/", "/repo/")) {
      Path out = dir.resolve("out" + base.replace('/', '-'));
      site.build("--base-url", base, "--out", out.toString(), "--cache",
          dir.resolve("cache" + base.replace('/', '-')).toString()).assertOk();
      try (StaticServer server = StaticServer.start(out, base, true)) {
        String origin = "http://127.0.0.1:" + server.port();
        browser.get(origin + base + "search/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys("jubilee");
        waitForResults("jubilee");
        List<WebElement> links = browser.findElements(By.cssSelector("#search-results h2 a"));
        assertThat(links).extracting(WebElement::getText)
            .containsExactly("Prince Harry 'desperately wants King Charles to come to Montecito"
                + " and see Archie and Lilibet'");
        assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText())
            .isEqualToIgnoringCase("jubilee");
        assertThat(status()).startsWith("1 result for “jubilee”");
        String href = links.get(0).getAttribute("href");
        assertThat(href).startsWith(origin + base).endsWith("/prince-harry-desperately-wants-king-"
            + "charles-to-come-to-montecito-and-see-archie/");

        // Keyboard only: from the box, Tab to the first result and open it with Enter.
        q.click();
        WebElement focused = q;
        for (int i = 0; i < 8; i++) {
          focused.sendKeys(Keys.TAB);
          focused = browser.switchTo().activeElement();
          if ("a".equalsIgnoreCase(focused.getTagName())) {
            break;
          }
        }
        assertThat(focused.getAttribute("href")).isEqualTo(href);
        focused.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl()
            .equals(href));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Lilibet");

        // The search box of every page sends a plain GET to the search page, which reads ?q=.
        WebElement box = browser.findElement(By.id("site-q"));
        box.sendKeys("zoe");
        box.sendKeys(Keys.ENTER);
        waitForResults("zoe");
        assertThat(browser.getCurrentUrl()).isEqualTo(origin + base + "search/?q=zoe");
        assertThat(browser.findElements(By.cssSelector("#search-results h2 a")))
            .extracting(WebElement::getText).containsExactly("Zoë Ball signs off");
        assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText())
            .isEqualTo("Zoë");

        browser.get(origin + base + "search/?q=%22presenter+zoe+ball%22");
        waitForResults("\"presenter zoe ball\"");
        assertThat(browser.findElements(By.cssSelector("#search-results h2 a")))
            .extracting(WebElement::getText).containsExactly("Zoë Ball signs off");
        browser.get(origin + base + "search/?q=%22ball+presenter%22");
        waitForResults("\"ball presenter\"");
        assertThat(browser.findElements(By.cssSelector("#search-results li"))).isEmpty();
        assertThat(status()).startsWith("No results for “\"ball presenter\"”. Try the tag index");
        assertThat(browser.findElement(By.cssSelector("#search-status a")).getAttribute("href"))
            .isEqualTo(origin + base + "tags/");
      }
    }
  }

  @Test
  void searchWorksWhenTheServerSendsTheGzipFilesWithContentEncoding(@TempDir Path dir)
      throws IOException {
    TestSite site = copyOfRepoSite(dir);
    site.build("--base-url", "/repo/").assertOk();
    // The browser inflates the files itself: search.js must not inflate them again.
    try (StaticServer server = StaticServer.start(dir.resolve("site"), "/repo/", true,
        StaticServer.GzFiles.AS_ENCODING)) {
      browser.get("http://127.0.0.1:" + server.port() + "/repo/search/?q=jubilee");
      waitForResults("jubilee");
      assertThat(status()).startsWith("1 result for “jubilee”");
      assertThat(browser.findElement(By.cssSelector("#search-results mark")).getText())
          .isEqualToIgnoringCase("jubilee");
    }
  }

  @Test
  void aQueryOnAGeneratedArchiveFetchesLessThan100kB(@TempDir Path dir) throws IOException {
    assumeTrue(Files.isDirectory(CORPUS), "the BBC corpus is not in ../shared/corpus/bbc");
    TestSite site = TestSite.write(dir, "-- gazette.yaml --\ntitle: Archive\n");
    ArchiveGenerator.write(3000, dir.resolve("content"), CORPUS);
    site.build("--base-url", "/repo/").assertOk();
    try (StaticServer server = StaticServer.start(dir.resolve("site"), "/repo/", true)) {
      String page = "http://127.0.0.1:" + server.port() + "/repo/search/";
      // A sentence pasted whole: each word looked up costs a dictionary shard and its postings.
      String sentence = "Scottish ministers insist they will still have the final say on whether a"
          + " super-casino will be built in Scotland. But opposition parties say that will not"
          + " happen in practice.";
      for (String query : List.of("blair", "saxophone", "\"prime minister\"", "tony blair",
          sentence)) {
        browser.get(page + "?q=" + java.net.URLEncoder.encode(query,
            java.nio.charset.StandardCharsets.UTF_8));
        waitForResults(query);
        assertThat(browser.findElements(By.cssSelector("#search-results h2 a"))).isNotEmpty();
        long[] bytes = fetched();
        System.out.printf("3,000 articles, ?q=%s: %d bytes transferred (gzip), %d decoded,"
            + " %d files, results after %s ms%n", query, bytes[0], bytes[1], bytes[2],
            browser.findElement(By.id("search")).getAttribute("data-ms"));
        assertThat(bytes[0]).as("bytes fetched for %s", query).isLessThan(LIMIT);
        if (query.equals(sentence)) {
          assertThat(status()).contains("Only the first 6 words were searched; left out:");
        }
      }
      // Typed letter by letter, every prefix searched on the way counts too.
      browser.get(page);
      waitForResults("");
      browser.findElement(By.id("q")).sendKeys("blair");
      waitForResults("blair");
      long[] typed = fetched();
      System.out.printf("3,000 articles, typing 'blair': %d bytes transferred, %d decoded%n",
          typed[0], typed[1]);
      assertThat(typed[0]).isLessThan(LIMIT);
    }
  }

  /** Transferred bytes (headers and gzip included), decoded bytes, files: page and resources. */
  @SuppressWarnings("unchecked")
  static long[] fetched() {
    Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
        "var t = 0, d = 0, n = 0;"
        + "performance.getEntriesByType('navigation').concat(performance.getEntriesByType("
        + "'resource')).forEach(function (e) { t += e.transferSize; d += e.decodedBodySize;"
        + " n++; });"
        + "return {t: t, d: d, n: n};");
    return new long[] {((Number) r.get("t")).longValue(), ((Number) r.get("d")).longValue(),
        ((Number) r.get("n")).longValue()};
  }

  static void waitForResults(String query) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      WebElement s = d.findElement(By.id("search"));
      return "done".equals(s.getAttribute("data-state"))
          && (query.isEmpty() || query.equals(s.getAttribute("data-query")));
    });
  }

  static String status() {
    return browser.findElement(By.id("search-status")).getText();
  }

  static TestSite copyOfRepoSite(Path dir) throws IOException {
    TestSite site = TestSite.write(dir, "");
    for (String folder : new String[] {"content", "templates"}) {
      Path from = REPO.resolve(folder);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          site.writeBytes(folder + "/" + from.relativize(f), Files.readAllBytes(f));
        }
      }
    }
    site.writeBytes("gazette.yaml", Files.readAllBytes(REPO.resolve("gazette.yaml")));
    return site;
  }
}
