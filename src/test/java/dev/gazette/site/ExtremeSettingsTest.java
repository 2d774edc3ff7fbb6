package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values at the edge of what the configuration and dates accept still give a valid site. */
class ExtremeSettingsTest {
  @Test
  void aPageSizeOfHundredsOfMillionsBuildsOneHomePage(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        page_size: 300000000
        -- content/2024-01-01-a.md --
        ---
        title: One story
        ---
        Text.
        """);
    site.build().assertOk();
    assertThat(site.read("site/index.html")).contains("One story");
  }

  @Test
  void aDateThatFallsInYear10000AtUtcIsAnErrorNamingTheFileNotABrokenFeed(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/late.md --
        ---
        title: Late story
        date: 9999-12-31T23:59:59-12:00
        ---
        Text.
        -- content/2024-01-01-b.md --
        ---
        title: Other story
        ---
        Text.
        """);
    TestSite.Run r = site.build();
    assertThat(r.err() + r.out()).contains("content/late.md");
    assertThat(site.files("site")).noneMatch(f -> f.startsWith("10000/"));
    assertThat(site.read("site/feed.xml")).doesNotContain("+10000").contains("Other story");
  }
}
