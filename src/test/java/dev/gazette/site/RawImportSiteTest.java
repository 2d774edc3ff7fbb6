package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw text files through the whole build: dates, structure and markers on the pages. */
class RawImportSiteTest {

  @Test
  void inferredDatesAreMarkedAndStructureIsRendered(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        title: Test
        -- content/budget.txt --
        Budget at a glance

        The chancellor announced the measures on 16 March 2005 in the Commons.

        - Increased spending on education
        - Duty cuts on capital goods

        Reaction From The City

        Analysts said the measures were broadly what markets had expected.
        -- content/undated.txt --
        Nothing dated here

        He was seen yesterday and last Tuesday, friends said.
        -- content/2024-06-23-named.txt --
        Named by its file

        It happened yesterday.
        """);
    site.build().assertOk();

    Document budget = site.html("site/2005/03/budget-at-a-glance/index.html");
    assertThat(budget.selectFirst("time").attr("datetime")).isEqualTo("2005-03-16");
    assertThat(budget.select(".date-note").text()).isEqualTo("(date inferred)");
    assertThat(budget.select(".body ul li").eachText()).containsExactly(
        "Increased spending on education", "Duty cuts on capital goods");
    assertThat(budget.select(".body h2").eachText()).contains("Reaction From The City");

    Document undated = site.html("site/undated/nothing-dated-here/index.html");
    assertThat(undated.select(".undated").text()).isEqualTo("Undated");
    assertThat(undated.select(".date-note")).isEmpty();

    Document named = site.html("site/2024/06/named-by-its-file/index.html");
    assertThat(named.selectFirst("time").attr("datetime")).isEqualTo("2024-06-23");
    assertThat(named.select(".date-note")).isEmpty();
  }

  @Test
  void normalizeWritesDateSourceAndConfidence(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        title: Test
        -- content/a.txt --
        A headline

        On January 4, 2026 the King went to church.
        """);
    site.run("normalize").assertOk();
    site.assertFile("content/a.md", "date: 2026-01-04", "date_source: inferred",
        "date_confidence: medium");
    site.build().assertOk();
    site.assertFile("site/2026/01/a-headline/index.html", "(date inferred)");
  }

  @Test
  void binaryAndLegacyFilesAreReported(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        title: Test
        -- content/ok.txt --
        Fine headline

        Some text.
        """);
    site.writeBytes("content/photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A,
        0x1A, 0x0A, 0, 0});
    byte[] legacy = "Price rise\n\nIt costs \u00A35 now.\n".getBytes(StandardCharsets.ISO_8859_1);
    site.writeBytes("content/legacy.txt", legacy);
    TestSite.Run run = site.build();
    assertThat(run.err()).contains("content/photo.txt").contains("PNG image")
        .contains("content/legacy.txt").contains("guess");
    assertThat(site.read("site/undated/price-rise/index.html")).contains("It costs £5 now.");
  }
}
