package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTagsTest {

  private static List<String> tagsOf(TestSite site, String page) {
    Document doc = site.html("site/" + page);
    return doc.select(".tags a").eachText();
  }

  @Test
  void sampleArticlesAreTaggedWithThePeopleInThem(@TempDir Path dir) throws IOException {
    TestSite site = SampleSiteTest.copyOfRepoSite(dir);
    site.build().assertOk();
    List<String> all = new java.util.ArrayList<>();
    for (String f : site.files("site")) {
      if (f.matches("\\d{4}/\\d\\d/[^/]+/index.html") || f.matches("undated/[^/]+/index.html")) {
        List<String> tags = tagsOf(site, f);
        System.out.println(f + " -> " + tags);
        assertThat(tags).as(f).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        all.addAll(tags);
      }
    }
    assertThat(all).contains("Prince Harry", "King Charles", "Meghan Markle")
        .noneMatch(t -> t.matches("(?i)harry|charles|meghan|photo|getty images|january|monday"
            + "|the|said|prince|king"));
  }

  @Test
  void aNameOnlyOneArticleUsesCountsWhenItDominatesAndShortMentionsMerge(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a.txt --
        Visit to the north
        Published: 2024-01-02
        In the morning Princess Ysolde arrived by train. Crowds cheered as Ysolde waved, and
        later Ysolde spoke to pupils. Aides said Ysolde would return in spring with Tomas Berg.
        """);
    site.build().assertOk();
    List<String> tags = tagsOf(site, "2024/01/visit-to-the-north/index.html");
    assertThat(tags).containsExactly("Princess Ysolde");
  }

  @Test
  void twoBuildsOfTheSameArchiveGiveTheSameTags(@TempDir Path dir) throws IOException {
    TestSite site = SampleSiteTest.copyOfRepoSite(dir);
    site.build().assertOk();
    String first = site.read("site/tags/index.html");
    site.build().assertOk();
    assertThat(site.read("site/tags/index.html")).isEqualTo(first);
  }

}
