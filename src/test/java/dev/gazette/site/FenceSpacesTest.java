package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spaces after the opening "---" of front matter, as after the closing one: the front matter is
 * read as such, so a draft stays a draft (it was published, its front matter shown as text).
 */
class FenceSpacesTest {
  @Test
  void aDraftWhoseOpeningFenceHasTrailingSpacesIsNotPublished(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, "-- content/2024-01-01-embargo.md --\n"
        + "---  \ntitle: Secret plan\ndraft: true\nsummary: internal\n---\nEmbargoed text.\n"
        + "-- content/2024-01-02-public.md --\n"
        + "--- \t\ntitle: Public story\n---\nPublic text.\n");
    site.build().assertOk();
    for (String f : site.files("site")) {
      if (!f.endsWith(".gz")) {
        assertThat(site.read("site/" + f)).as(f).doesNotContain("Embargoed")
            .doesNotContain("Secret plan").doesNotContain("draft: true");
      }
    }
    assertThat(site.read("site/2024/01/public/index.html")).contains("Public story")
        .doesNotContain("title: Public story");
  }
}
