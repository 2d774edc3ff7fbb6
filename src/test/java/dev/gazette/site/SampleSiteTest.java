package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.LinkChecker;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped sample site: content/, templates/ and gazette.yaml of this repository. */
class SampleSiteTest {
  static final Path REPO = Path.of("").toAbsolutePath();

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

  static Element articleByTitleStart(TestSite site, String prefix) {
    Document home = site.html("site/index.html");
    return home.select("ol.cards h2 a").stream()
        .filter(a -> a.text().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no article titled '" + prefix + "...' in "
            + home.select("ol.cards h2 a").eachText()));
  }

  @Test
  void everyLinkResolvesAtRootAndUnderASubPath(@TempDir Path dir) throws IOException {
    TestSite site = copyOfRepoSite(dir);
    site.build().assertOk();
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/")).isEmpty();
    assertThat(site.files("site")).contains("index.html", "404.html", ".nojekyll",
        "robots.txt", "feed.xml", "tags/index.html", "archive/index.html",
        "archive/2024/index.html", "archive/2024/06/index.html",
        "archive/undated/index.html", "style.css");

    site.build("--base-url", "/repo/").assertOk();
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/repo/")).isEmpty();
    assertThat(site.read("site/index.html")).contains("href=\"/repo/style.css\"")
        .doesNotContain("href=\"/tags/");
  }

  @Test
  void seedShapesComeOutRight(@TempDir Path dir) throws IOException {
    TestSite site = copyOfRepoSite(dir);
    site.build().assertOk();

    assertThat(site.html("site/archive/2024/06/index.html").select("ol.entries time")
        .eachAttr("datetime")).contains("2024-06-23");
    Element dated = site.html("site/index.html")
        .selectFirst("ol.cards li:has(time[datetime=2024-06-23])");
    assertThat(dated).isNotNull();
    assertThat(dated.selectFirst("time").attr("datetime")).isEqualTo("2024-06-23");
    String datedTitle = dated.selectFirst("h2").text();
    assertThat(datedTitle).doesNotStartWithIgnoringCase("date").doesNotContain("2024-06-23");
    assertThat(dated.selectFirst(".summary").text()).doesNotContain("Photo /")
        .startsWith("Prince Harry and Meghan Markle");

    Element headline = articleByTitleStart(site, "Prince Harry 'desperately wants King Charles");
    assertThat(headline.text()).isEqualTo("Prince Harry 'desperately wants King Charles to come"
        + " to Montecito and see Archie and Lilibet'");

    Element derived = articleByTitleStart(site, "Hope that Prince Harry could return");
    assertThat(derived.text()).isEqualTo(
        "Hope that Prince Harry could return to the royal fold is mounting");

    for (Element summary : site.html("site/index.html").select(".summary")) {
      assertThat(summary.text()).doesNotContain("Photo /").doesNotContain("(pictured");
    }
  }

  @Test
  void captionsAreFiguresNotProse(@TempDir Path dir) throws IOException {
    TestSite site = copyOfRepoSite(dir);
    site.build().assertOk();
    String href = articleByTitleStart(site, "Prince Harry 'desperately").attr("href");
    Document page = site.html("site/" + href.substring(1) + "index.html");
    assertThat(page.select("figure.caption figcaption").eachText())
        .anyMatch(t -> t.contains("(pictured in a holiday photo shared by Meghan)"))
        .anyMatch(t -> t.startsWith("King Charles leaves after attending"));
    assertThat(page.select(".body p").eachText()).noneMatch(t -> t.contains("(pictured"));
  }

  @Test
  void buildsAreByteIdentical(@TempDir Path a, @TempDir Path b) throws IOException {
    TestSite one = copyOfRepoSite(a);
    TestSite two = copyOfRepoSite(b);
    one.build().assertOk();
    two.build().assertOk();
    assertThat(one.files("site")).isEqualTo(two.files("site"));
    for (String f : one.files("site")) {
      assertThat(Files.readAllBytes(two.path("site/" + f))).as(f)
          .isEqualTo(Files.readAllBytes(one.path("site/" + f)));
    }
  }
}
