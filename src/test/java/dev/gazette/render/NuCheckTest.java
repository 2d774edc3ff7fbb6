package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.bench.ArchiveGenerator;
import dev.gazette.testing.HtmlChecker;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every HTML page Gazette writes passes the Nu HTML Checker (the W3C's checker, run offline)
 * with zero errors: the sample site of this repository, at the root, under a sub-path and with
 * an absolute base URL (which adds OpenGraph and canonical links), and a generated archive of
 * 1,000 articles (the BBC corpus when {@code ../shared/corpus/bbc} is present, else synthetic
 * articles), every one of its pages.
 */
class NuCheckTest {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Path CORPUS = REPO.resolve("../shared/corpus/bbc").normalize();

  /** A copy of this repository's site (content, theme, configuration) in {@code dir}. */
  static TestSite sampleSite(Path dir) throws IOException {
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

  static List<String> htmlPages(TestSite site) {
    return site.files("site").stream().filter(f -> f.endsWith(".html")).toList();
  }

  @Test
  void theCheckerReportsAnInvalidPage(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("bad.html");
    Files.writeString(page, "<!doctype html><html lang=en><head><title>x</title></head>"
        + "<body><ul><p>not a list item</p></ul><img src=a.png></body></html>");
    List<String> errors = new HtmlChecker().errors(page, "bad.html");
    assertThat(errors).hasSizeGreaterThanOrEqualTo(2)
        .allMatch(e -> e.startsWith("bad.html:1:"));
  }

  @Test
  void everyPageOfTheSampleSiteIsValid(@TempDir Path dir) throws IOException {
    TestSite site = sampleSite(dir);
    HtmlChecker checker = new HtmlChecker();
    for (String base : new String[] {"/", "/repo/", "https://example.org/news/"}) {
      site.build("--base-url", base).assertOk();
      List<String> pages = htmlPages(site);
      assertThat(pages).contains("index.html", "404.html", "search/index.html",
          "tags/index.html", "archive/index.html", "archive/undated/index.html");
      assertThat(checker.errors(site.path("site"), pages)).as("base URL %s", base).isEmpty();
    }
  }

  @Test
  void everyPageOfAThousandArticleArchiveIsValid(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, "-- gazette.yaml --\ntitle: Archive\n"
        + "base_url: https://example.org/archive/\n");
    ArchiveGenerator.write(1000, dir.resolve("content"), CORPUS);
    long start = System.nanoTime();
    site.build().assertOk();
    long built = System.nanoTime();
    List<String> pages = htmlPages(site);
    List<String> errors = new HtmlChecker().errors(site.path("site"), pages);
    long checked = System.nanoTime();
    System.out.printf("NuCheckTest: 1,000 articles (%s): built in %d ms, %d HTML pages checked"
        + " in %d ms, %d errors%n", Files.isDirectory(CORPUS) ? "BBC corpus" : "synthetic",
        (built - start) / 1_000_000, pages.size(), (checked - built) / 1_000_000, errors.size());
    // Every kind of page is there: home pages, articles, tags, the tag index, the timeline.
    assertThat(pages).contains("index.html", "page/2/index.html", "tags/index.html",
        "archive/index.html", "archive/2004/index.html", "archive/2004/01/index.html",
        "search/index.html", "404.html");
    assertThat(pages).filteredOn(p -> p.matches("20\\d\\d/\\d\\d/[^/]+/index.html"))
        .hasSize(1000);
    assertThat(pages).filteredOn(p -> p.matches("tags/[^/]+/index.html")).isNotEmpty();
    assertThat(errors).as("Nu HTML Checker errors").isEmpty();
  }
}
