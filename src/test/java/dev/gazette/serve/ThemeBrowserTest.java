package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.gazette.config.BaseUrl;
import dev.gazette.site.BuildOptions;
import dev.gazette.testing.Chromium;
import dev.gazette.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A reader's walk through the default theme in Debian's Chromium under a sub-path: home, an
 * article, a tag, the timeline, a year, a month and an article again, with no console error and
 * no serious or critical axe-core violation on any page. Screenshots at 375 and 1280 px go to
 * {@code target/theme-screens/}. Skipped when chromium and chromium-driver are absent.
 */
@EnabledIf("dev.gazette.testing.Chromium#installed")
class ThemeBrowserTest {
  static final Path SCREENS = Path.of("target", "theme-screens");

  @Test
  void aReaderWalksTheSiteWithNoConsoleErrorAndNoSeriousAxeViolation(@TempDir Path dir,
      @TempDir Path profile) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2024-05-02-earlier.md --
        ---
        title: An earlier story
        tags: [Royals]
        ---
        The first paragraph of the earlier story.
        -- content/2024-06-23-story.md --
        ---
        title: A story about the royals
        tags: [Royals, Prince Harry]
        summary: The lede of the story.
        ---
        The first paragraph.

        > [!CAPTION]
        > A caption. Photo / Agency

        The second paragraph.
        -- content/2024-06-24-long.md --
        ---
        title: A headline long enough to fill a phone's breadcrumb twice over, with one Unbreakablecompoundwordthatnophonecouldfitonitsownline
        ---
        A link no phone can fit on one line:
        https://example.org/a/very/long/path/that/keeps/going/and/going/without/a/single/space/in/it/anywhere
        """ + manyTags());
    Files.createDirectories(SCREENS);
    BuildOptions options = BuildOptions.defaults(site.root())
        .withBaseUrl(BaseUrl.parse("/repo/"));
    try (Preview preview = new Preview(options, new PrintWriter(new StringWriter()))) {
      int port = preview.start("127.0.0.1", 0);
      ChromeDriver browser = Chromium.start(profile, true);
      List<String> problems = new ArrayList<>();
      try {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get("http://127.0.0.1:" + port + "/repo/");
        check(browser, "home", problems);
        browser.findElement(By.linkText("A story about the royals")).click();
        check(browser, "article", problems);
        assertThat(browser.findElement(By.cssSelector("figure figcaption")).getText())
            .contains("A caption.");
        browser.findElement(By.cssSelector(".article .tags a")).click();
        check(browser, "tag", problems);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Royals");
        browser.findElement(By.linkText("Archive")).click();
        check(browser, "timeline", problems);
        browser.findElement(By.cssSelector("ul.years a")).click();
        check(browser, "year", problems);
        browser.findElement(By.cssSelector("svg.timeline a[href$='/2024/06/']")).click();
        check(browser, "month", problems);
        assertThat(browser.findElement(By.cssSelector(".neighbours a[rel=prev]")).getText())
            .contains("May 2024");
        browser.findElement(By.linkText("A story about the royals")).click();
        check(browser, "article-again", problems);
        assertThat(browser.getCurrentUrl()).endsWith("/repo/2024/06/story/");
        browser.findElement(By.cssSelector(".neighbours a[rel=next]")).click();
        check(browser, "long-article", problems);
        assertThat(browser.getCurrentUrl()).endsWith("/repo/2024/06/long/");
        browser.findElement(By.cssSelector(".masthead nav a[href$='/tags/']")).click();
        check(browser, "tags", problems);
        assertThat(browser.findElements(By.cssSelector(".tag-cloud a"))).hasSize(100);
        browser.findElement(By.linkText("Z")).click();
        check(browser, "tags-letter", problems);
        assertThat(browser.getCurrentUrl()).endsWith("/repo/tags/letters/z/");
      } finally {
        browser.quit();
      }
      assertThat(problems).isEmpty();
    }
  }

  /**
   * 150 older articles with 454 tags between them (one on all, two on half each, one on a
   * fifth, the rest on one), so the tag index has its cloud of the most used, in several
   * sizes, and a page per letter. In "X 30" the link is shorter than the text beside it, which
   * axe takes for a link in a block of text: one that must not be told apart by colour alone.
   */
  private static String manyTags() {
    StringBuilder spec = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      spec.append(String.format("-- content/2020-%02d-%02d-tagged-%d.md --%n", 1 + i % 12,
          1 + i % 28, i));
      spec.append("---\ntitle: Tagged story ").append(i).append("\ntags: [UK, ").append(i % 5 == 0 ? "X, " : "")
          .append(i % 2 == 0 ? "Even" : "Odd").append(", Alpha ").append(i).append(", Zulu ")
          .append(i).append(", ").append(i).append(" Numbers]\n---\nText.\n");
    }
    return spec.toString();
  }

  /**
   * What sticks out sideways, or "": the page wider than the window (a reader would have to
   * scroll sideways) or a breadcrumb step outside the breadcrumb's box.
   */
  private static final String OVERFLOW = """
      var out = [];
      var root = document.documentElement;
      if (root.scrollWidth > root.clientWidth) {
        out.push('page is ' + root.scrollWidth + ' px wide in a ' + root.clientWidth
            + ' px window');
      }
      var ol = document.querySelector('nav.breadcrumb ol');
      if (ol) {
        var box = ol.getBoundingClientRect();
        ol.querySelectorAll('li').forEach(function (li) {
          var r = li.getBoundingClientRect();
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
            out.push('breadcrumb step "' + li.textContent + '" spans ' + r.left + '..'
                + r.right + ' outside ' + box.left + '..' + box.right);
          }
        });
      }
      return out.join('; ');
      """;

  /**
   * Console errors, serious axe violations and sideways overflow of the open page; screenshots
   * at two widths.
   */
  private static void check(ChromeDriver browser, String name, List<String> problems)
      throws Exception {
    for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(name + ": console: " + e.getMessage());
      }
    }
    Results axe = new AxeBuilder().analyze(browser);
    for (Rule r : axe.getViolations()) {
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        problems.add(name + ": axe " + r.getImpact() + " " + r.getId() + ": " + r.getHelp()
            + " " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
      }
    }
    for (int width : new int[] {375, 1280}) {
      browser.manage().window().setSize(new Dimension(width, 900));
      Object overflow = browser.executeScript(OVERFLOW);
      if (!"".equals(overflow)) {
        problems.add(name + " at " + width + " px: " + overflow);
      }
      Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENS.resolve(name + "-" + width + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    }
    browser.manage().window().setSize(new Dimension(1280, 900));
  }
}
