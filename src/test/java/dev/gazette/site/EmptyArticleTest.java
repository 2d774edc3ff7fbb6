package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty article file (no bytes, or only white space: an editor's new file, a file being
 * saved while the build runs) is left out with a warning naming it. An empty .md was published
 * as a blank page titled from its file name; an empty .txt was an error.
 */
class EmptyArticleTest {
  @Test
  void emptyAndBlankArticlesAreLeftOutWithAWarning(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-01-real.md --
        ---
        title: A real story
        ---
        Its text.
        -- content/2024-01-02-blank.md --
         \t

        -- content/2024-01-04-blank.txt --

          \r
        """);
    site.writeBytes("content/2024-01-03-zero.md", new byte[0]);
    site.writeBytes("content/2024-01-05-zero.txt", new byte[0]);
    site.writeBytes("content/2024-01-06-bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB,
        (byte) 0xBF, '\n'});

    TestSite.Run run = site.build().assertOk();

    for (String name : new String[] {"2024-01-02-blank.md", "2024-01-03-zero.md",
        "2024-01-04-blank.txt", "2024-01-05-zero.txt", "2024-01-06-bom.md"}) {
      assertThat(run.err()).contains("content/" + name + ": warning: file is empty");
    }
    assertThat(run.err()).doesNotContain("error:");
    assertThat(site.files("site")).filteredOn(f -> f.startsWith("2024/01/"))
        .containsExactly("2024/01/real/index.html");
    site.assertFile("site/archive/2024/01/index.html", "A real story", "! Blank", "! Zero",
        "! Bom");
  }

  @Test
  void normalizeLeavesAnEmptyRawFileAloneWithoutFailing(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-01-real.txt --
        A real story

        Its text.
        -- content/2024-01-02-blank.txt --
         \t
        """);
    TestSite.Run run = site.run("normalize").assertOk();
    assertThat(run.out()).contains("1 written").contains("0 failed");
    assertThat(run.err()).contains("content/2024-01-02-blank.txt: warning: file is empty");
    assertThat(site.files("content")).containsExactly("2024-01-01-real.md",
        "2024-01-01-real.txt", "2024-01-02-blank.txt");
  }

  @Test
  void anEmptyMarkdownFileDoesNotHideTheRawArticleOfItsName(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-02-budget.txt --
        Budget plans unveiled

        The chancellor set out the budget on Tuesday.
        """);
    site.writeBytes("content/2024-01-02-budget.md", new byte[0]);

    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/2024-01-02-budget.md: warning: is empty;"
        + " content/2024-01-02-budget.txt, which has the same name, is read instead");
    site.assertFile("site/2024/01/budget-plans-unveiled/index.html",
        "The chancellor set out the budget on Tuesday.");

    // normalize leaves the empty file (it did not make it) and says how to go on.
    TestSite.Run normalized = site.run("normalize").assertOk();
    assertThat(normalized.err()).contains("content/2024-01-02-budget.md:1: warning: is empty and"
        + " was not written by normalize; left as is, so content/2024-01-02-budget.txt is not"
        + " normalized: remove it");
    assertThat(site.read("content/2024-01-02-budget.md")).isEmpty();
  }
}
