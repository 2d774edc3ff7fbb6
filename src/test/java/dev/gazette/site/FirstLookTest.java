package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's first look at an edit: the open page of the edited article, rendered before the
 * rebuild from its new text and the last build's indexes, is the page the rebuild then writes
 * when the edit leaves the rest of the archive as it was, and is not attempted when the article
 * moves.
 */
class FirstLookTest {
  private static final String PAGE = "2024/01/harbour-reopens/index.html";
  private SiteBuilder resident;

  @AfterEach
  void close() {
    if (resident != null) {
      resident.close();
    }
  }

  private static TestSite archive(Path dir) {
    return TestSite.write(dir, """
        -- gazette.yaml --
        title: First look
        -- content/2024-01-05-harbour-reopens.txt --
        Harbour reopens

        The Port of Northfield reopened on Friday, said harbour master Ines Calder.

        Ines Calder said the Port of Northfield had been dredged.
        -- content/2024-01-04-council-vote.md --
        ---
        title: Council vote
        tags: [Northfield Council]
        ---
        The council voted on the harbour budget.
        -- content/2024-01-06-ferry-returns.md --
        ---
        title: Ferry returns
        tags: [Port of Northfield]
        ---
        The ferry returns to the Port of Northfield.
        """);
  }

  private Map<String, byte[]> editAndLook(TestSite site, String file, String text) {
    site.writeFile(file, text);
    return resident.firstLook(List.of(site.path(file)), Set.of(PAGE, "index.html"));
  }

  @Test
  void aBodyEditIsShownFirstAsTheRebuildThenWritesIt(@TempDir Path dir) {
    TestSite site = archive(dir);
    resident = SiteBuilder.resident();
    resident.build(BuildOptions.defaults(dir));
    resident.warmFirstLook(); // as serve does once it is up: nothing it does may show
    String raw = site.read("content/2024-01-05-harbour-reopens.txt");

    Map<String, byte[]> first = editAndLook(site, "content/2024-01-05-harbour-reopens.txt",
        raw + "\nThe first ships are expected next week.\n");

    // Only the article's own page: the home page waits for the rebuild.
    assertThat(first).containsOnlyKeys(PAGE);
    String shown = new String(first.get(PAGE), StandardCharsets.UTF_8);
    assertThat(shown).contains("The first ships are expected next week.")
        .contains("Port of Northfield");
    resident.build(BuildOptions.defaults(dir));
    assertThat(site.read("site/" + PAGE)).isEqualTo(shown);
  }

  @Test
  void anArticleThatMovesOrCannotBeReadIsLeftToTheRebuild(@TempDir Path dir) {
    TestSite site = archive(dir);
    resident = SiteBuilder.resident();
    assertThat(resident.firstLook(List.of(site.path("content/2024-01-04-council-vote.md")),
        Set.of(PAGE))).as("before any build").isEmpty();
    resident.build(BuildOptions.defaults(dir));

    assertThat(editAndLook(site, "content/2024-01-05-harbour-reopens.txt",
        "date 2024-02-01\n\nHarbour reopens\n\nThe Port of Northfield reopened.\n"))
        .as("a new date, a new address").isEmpty();
    assertThat(editAndLook(site, "content/2024-01-05-harbour-reopens.txt",
        "Harbour closes again\n\nThe Port of Northfield closed.\n"))
        .as("a new headline, a new slug").isEmpty();
    assertThat(editAndLook(site, "content/2024-01-05-harbour-reopens.txt",
        "---\ntitle: [unclosed\n---\nBody.\n")).as("unreadable").isEmpty();
  }

  @Test
  void newFrontMatterTagsAreShownAtOnce(@TempDir Path dir) {
    TestSite site = archive(dir);
    resident = SiteBuilder.resident();
    resident.build(BuildOptions.defaults(dir));
    site.writeFile("content/2024-01-05-harbour-reopens.txt", """
        ---
        title: Harbour reopens
        tags: [Harbour Board, Ines Calder]
        ---
        The Port of Northfield reopened on Friday.
        """);
    Map<String, byte[]> first = resident.firstLook(
        List.of(site.path("content/2024-01-05-harbour-reopens.txt")), Set.of(PAGE));
    assertThat(new String(first.get(PAGE), StandardCharsets.UTF_8))
        .contains("Harbour Board").contains("/tags/harbour-board/");
  }
}
