package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sitemap exists only when the site's origin is known; it lists the search page, only
 * absolute URLs, and no redirect page.
 */
class SitemapTest {

  @Test
  void theSearchPageIsInTheSitemap(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        base_url: https://example.org/news/
        -- content/2024-01-05-b.md --
        ---
        title: B
        ---
        Text.
        """);
    site.build().assertOk();
    site.assertFile("site/sitemap.xml", "<loc>https://example.org/news/search/</loc>",
        "<loc>https://example.org/news/</loc>");
    site.build("--base-url", "/news/").assertOk();
    assertThat(site.files("site")).contains("search/index.html").doesNotContain("sitemap.xml");
  }

  @Test
  void theSitemapListsOnlyAbsoluteUrlsAndNoRedirectPage(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        base_url: https://example.org/news/
        -- tags.yaml --
        aliases:
          Duke of Sussex: Prince Harry
        -- content/2024-01-05-harry.md --
        ---
        title: Harry in Montecito
        tags: [Prince Harry, Montecito]
        ---
        Text.
        -- content/undated-zoe.md --
        ---
        title: Zoë Ball signs off
        tags: [東京]
        ---
        Text.
        """);
    site.build().assertOk();
    // The alias's old URL is a redirect page: written, but not a page for search engines.
    site.assertFile("site/tags/duke-of-sussex/index.html", "http-equiv=\"refresh\"");
    List<String> locs = Jsoup.parse(site.read("site/sitemap.xml"), "", Parser.xmlParser())
        .select("url > loc").stream().map(Element::text).toList();
    assertThat(locs).contains("https://example.org/news/", "https://example.org/news/tags/"
        + "prince-harry/", "https://example.org/news/tags/%E6%9D%B1%E4%BA%AC/",
        "https://example.org/news/2024/01/harry/", "https://example.org/news/undated/undated-zoe/")
        .noneMatch(l -> l.contains("duke-of-sussex"))
        .allSatisfy(l -> {
          URI uri = URI.create(l);
          assertThat(uri.isAbsolute()).as(l).isTrue();
          assertThat(uri.getScheme() + "://" + uri.getRawAuthority())
              .isEqualTo("https://example.org");
          assertThat(uri.getRawPath()).startsWith("/news/");
        });
  }
}
