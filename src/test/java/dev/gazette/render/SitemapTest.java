package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sitemap lists the search page when the site's origin is known (and only then exists). */
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
}
