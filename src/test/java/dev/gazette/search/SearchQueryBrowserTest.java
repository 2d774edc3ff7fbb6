package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.Chromium;
import dev.gazette.testing.StaticServer;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * Queries as readers type them, on a small site made for them, under a sub-path, in Chromium:
 * phrases in typographic quotes or not yet closed, a phrase found only past the first articles
 * checked, and "More results" used from the keyboard. Skipped without Chromium.
 */
@EnabledIf("browserInstalled")
class SearchQueryBrowserTest {
  /** Articles with "alpha" and "beta" in the title, never side by side: they rank first. */
  static final int TITLED = 45;

  @TempDir static Path dir;
  @TempDir static Path profile;
  static ChromeDriver browser;
  static StaticServer server;
  static String page;

  static boolean browserInstalled() {
    return Chromium.installed();
  }

  @BeforeAll
  static void open() throws IOException {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\ntitle: Queries\n");
    for (int i = 1; i <= TITLED; i++) {
      spec.append(String.format("-- content/2024-02-%02d-report-%d.md --%n", 1 + i % 28, i))
          .append("---\ntitle: Alpha report ").append(i).append(" with beta notes\n---\n")
          .append("Alpha went first; beta came later in report ").append(i).append(".\n");
    }
    spec.append("""
        -- content/2020-05-05-quiet.md --
        ---
        title: A quiet day
        ---
        Something about the alpha beta test happened.
        -- content/2021-01-01-rule.md --
        ---
        title: The rule of the river
        ---
        The gamma delta rule holds.
        -- content/2021-01-02-other.md --
        ---
        title: Another river
        ---
        Delta came before gamma here.
        """);
    TestSite site = TestSite.write(dir, spec.toString());
    site.build("--base-url", "/repo/").assertOk();
    server = StaticServer.start(dir.resolve("site"), "/repo/", true);
    page = "http://127.0.0.1:" + server.port() + "/repo/search/";
    browser = Chromium.start(profile);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  static void search(String query) {
    browser.get(page + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      WebElement s = d.findElement(By.id("search"));
      return "done".equals(s.getAttribute("data-state"))
          && query.equals(s.getAttribute("data-query"));
    });
  }

  static List<String> titles() {
    return browser.findElements(By.cssSelector("#search-results h2 a")).stream()
        .map(WebElement::getText).toList();
  }

  static String status() {
    return browser.findElement(By.id("search-status")).getText();
  }

  static boolean moreShown() {
    return browser.findElement(By.id("search-more")).isDisplayed();
  }

  @Test
  void aPhraseInTypographicQuotesIsAPhrase() {
    // Smart punctuation (on by default on iPhones and Macs) turns " into “ and ”.
    for (String q : List.of("\"gamma delta\"", "“gamma delta”", "„gamma delta“")) {
      search(q);
      assertThat(titles()).as(q).containsExactly("The rule of the river");
    }
  }

  @Test
  void theLastWordOfAPhraseBeingTypedIsAPrefix() {
    // Typing "gamma delta" in quotes, the quote is not closed yet.
    search("\"gamma del");
    assertThat(titles()).containsExactlyInAnyOrder("The rule of the river", "Another river");
    assertThat(status()).startsWith("2 results");
  }

  @Test
  void aPhraseFoundOnlyPastTheFirstArticlesCheckedIsNotReportedAsNoResults() {
    search("\"alpha beta\"");
    // The 45 titled articles rank first and none has the phrase: the first page checks 40.
    assertThat(titles()).isEmpty();
    assertThat(moreShown()).isTrue();
    assertThat(status()).startsWith("Not found yet for “\"alpha beta\"”: the first 40 articles");
    WebElement more = browser.findElement(By.id("search-more"));
    more.sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !titles().isEmpty());
    assertThat(titles()).containsExactly("A quiet day");
    assertThat(status()).startsWith("1 result for");
  }

  @Test
  void moreResultsFromTheKeyboardMovesFocusToTheFirstNewResult() {
    search("alpha");
    assertThat(titles()).hasSize(10);
    for (int shown = 10; shown < TITLED + 1; shown += 10) {
      int before = shown;
      WebElement more = browser.findElement(By.id("search-more"));
      more.sendKeys(Keys.ENTER);
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> titles().size() > before
          && "done".equals(d.findElement(By.id("search")).getAttribute("data-state")));
      Object focused = ((JavascriptExecutor) browser).executeScript(
          "var a = document.activeElement;"
          + " var li = document.querySelectorAll('#search-results > li')[arguments[0]];"
          + " return li && li.contains(a) && a.tagName === 'A';", before);
      // Focus on the button that just hid itself would fall to the page's start.
      assertThat(focused).as("focus after %d results", before).isEqualTo(true);
    }
    assertThat(titles()).hasSize(TITLED + 1);
    assertThat(moreShown()).isFalse();
  }

  @Test
  void typingANewQueryWhileMoreResultsLoadLeavesTheFocusInTheSearchBox() {
    search("alpha");
    JavascriptExecutor js = (JavascriptExecutor) browser;
    // The fragments "More results" fetches are held until the test releases them.
    js.executeScript("window.__held = []; var f = window.fetch; window.__hold = true;"
        + " window.fetch = function (u, o) {"
        + "   if (!window.__hold || String(u).indexOf('/f/') < 0) { return f(u, o); }"
        + "   return new Promise(function (ok) { window.__held.push(function () {"
        + "     ok(f(u, o)); }); }); };");
    browser.findElement(By.id("search-more")).sendKeys(Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) js.executeScript(
        "return window.__held.length")).intValue() > 0);
    js.executeScript("window.__hold = false;");
    // The reader goes on typing a new query meanwhile.
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys(Keys.chord(Keys.CONTROL, "a"), "gamma");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
      WebElement s = d.findElement(By.id("search"));
      return "done".equals(s.getAttribute("data-state"))
          && "gamma".equals(s.getAttribute("data-query"));
    });
    js.executeScript("window.__held.forEach(function (release) { release(); });");
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "done".equals(
        d.findElement(By.id("search")).getAttribute("data-more")));
    assertThat(js.executeScript("return document.activeElement.id")).isEqualTo("q");
  }
}
