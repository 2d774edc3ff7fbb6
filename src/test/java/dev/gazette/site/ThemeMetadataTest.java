package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What sharing cards, search engines and feed readers read from the default theme. */
class ThemeMetadataTest {
  static final String SITE = """
      -- gazette.yaml --
      title: My Archive
      -- content/2024-06-23-story.md --
      ---
      title: "Ends </script><!-- here & \\"there\\""
      tags: [Prince Harry, Royals]
      summary: A short lede about the story.
      ---
      Body text.
      -- content/undated.md --
      ---
      title: No date
      ---
      Undated body.
      """;

  @Test
  void articlePagesCarryOpenGraphAndJsonLdThatATitleCannotBreak(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE);
    site.build("--base-url", "https://example.org/repo/").assertOk();
    Document d = site.html("site/2024/06/story/index.html");
    assertThat(d.select("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(d.select("meta[property=og:title]").attr("content"))
        .isEqualTo("Ends </script><!-- here & \"there\"");
    assertThat(d.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.org/repo/2024/06/story/");
    assertThat(d.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://example.org/repo/2024/06/story/");
    assertThat(d.select("meta[property=og:description]").attr("content"))
        .isEqualTo("A short lede about the story.");
    assertThat(d.select("meta[name=description]").attr("content"))
        .isEqualTo("A short lede about the story.");
    assertThat(d.select("meta[property=article:published_time]").attr("content"))
        .isEqualTo("2024-06-23");
    assertThat(d.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("Prince Harry", "Royals");
    // One script element whose text is all the JSON: the title did not end it early.
    assertThat(d.select("script[type=application/ld+json]")).hasSize(1);
    String json = d.select("script[type=application/ld+json]").first().data();
    assertThat(json).startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"")
        .contains("\"headline\":\"Ends \\u003c/script\\u003e\\u003c!-- here \\u0026 \\\"there\\\"\"")
        .contains("\"datePublished\":\"2024-06-23\"")
        .contains("\"keywords\":[\"Prince Harry\",\"Royals\"]")
        .contains("\"url\":\"https://example.org/repo/2024/06/story/\"")
        .doesNotContain("</script>").endsWith("}");
    assertThat(d.select("nav.breadcrumb li").eachText())
        .containsExactly("Home", "2024", "June", "Ends </script><!-- here & \"there\"");
    assertThat(d.select("link[rel=icon]").attr("href")).isEqualTo("/repo/favicon.svg");
    assertThat(d.select("a.skip").attr("href")).isEqualTo("#main");
    assertThat(site.files("site")).contains("favicon.svg", "favicon.ico", "sitemap.xml");
    site.assertFile("site/sitemap.xml", "<loc>https://example.org/repo/2024/06/story/</loc>");
    site.assertFile("site/feed.xml", "<id>https://example.org/repo/feed.xml</id>",
        "<id>https://example.org/repo/2024/06/story/</id>");

    Document undated = site.html("site/undated/undated/index.html");
    assertThat(undated.select("meta[property=article:published_time]")).isEmpty();
    assertThat(undated.select("script[type=application/ld+json]").first().data())
        .doesNotContain("datePublished");
    assertThat(undated.select("nav.breadcrumb li").eachText())
        .containsExactly("Home", "Undated", "No date");
  }

  @Test
  void withOnlyAPathFeedIdsAreTagUrisAndNoSitemapIsWritten(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE);
    site.build("--base-url", "/repo/").assertOk();
    site.assertFile("site/feed.xml", "<id>tag:my-archive,2000:/repo/feed.xml</id>",
        "<id>tag:my-archive,2000:/repo/2024/06/story/</id>",
        "! undated", "! <id>/repo/");
    assertThat(site.files("site")).doesNotContain("sitemap.xml");
    site.assertFile("site/robots.txt", "! Sitemap");
    Document d = site.html("site/2024/06/story/index.html");
    assertThat(d.select("meta[property=og:url]")).isEmpty();
    assertThat(d.select("script[type=application/ld+json]").first().data())
        .doesNotContain("\"url\"");
  }

  @Test
  void aTagsFeedHoldsItsLatestTenByDefaultAndTagFeedSizeSetsIt(@TempDir Path dir) {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\nfeed_size: 12\n");
    for (int day = 1; day <= 12; day++) {
      spec.append("-- content/2024-05-%02d-d%d.md --\n---\ntitle: Day %d\ntags: [Harbour]\n---\nText.\n"
          .formatted(day, day, day));
    }
    TestSite site = TestSite.write(dir, spec.toString());
    site.build().assertOk();
    assertThat(org.jsoup.Jsoup.parse(site.read("site/tags/harbour/feed.xml"), "",
        org.jsoup.parser.Parser.xmlParser()).select("entry > title").eachText())
        .hasSize(10).startsWith("Day 12").endsWith("Day 3");
    assertThat(org.jsoup.Jsoup.parse(site.read("site/feed.xml"), "",
        org.jsoup.parser.Parser.xmlParser()).select("entry")).hasSize(12);

    site.writeFile("gazette.yaml", "tag_feed_size: 2\n");
    site.build().assertOk();
    assertThat(org.jsoup.Jsoup.parse(site.read("site/tags/harbour/feed.xml"), "",
        org.jsoup.parser.Parser.xmlParser()).select("entry > title").eachText())
        .containsExactly("Day 12", "Day 11");
  }
}
