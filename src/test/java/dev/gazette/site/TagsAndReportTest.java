package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gazette.testing.LinkChecker;
import dev.gazette.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagsAndReportTest {

  static final String BODY = "The board of Northfield Rovers met on Monday. Northfield Rovers"
      + " said the stadium plan would go ahead. Fans of Northfield Rovers welcomed it.";

  @Test
  void aRecurringNameIsATagButAOneOffMentionOutsideTheLedeIsNot(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-01-a.txt --
        Stadium plan approved

        %s

        Councillor Jane Smith spoke once. The Harbour Trust said it was pleased with the
        club, and the Harbour Trust will help.

        Later Northfield Rovers thanked fans.
        -- content/2024-01-02-b.txt --
        Rovers sign striker

        Northfield Rovers signed a striker. The Harbour Trust was not involved.
        """.formatted(BODY));
    site.build().assertOk();
    Document a = site.html("site/2024/01/stadium-plan-approved/index.html");
    assertThat(a.select(".tags a").eachText()).contains("Northfield Rovers", "Harbour Trust")
        .doesNotContain("Jane Smith", "Monday", "The", "Later", "Fans");
  }

  @Test
  void tagsYamlFoldsAliasesBansTagsAndRedirectsTheOldUrl(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- tags.yaml --
        aliases:
          Duke of Sussex: Prince Harry
        banned: [Getty Images]
        -- content/2024-02-01-a.md --
        ---
        title: One
        tags: [Duke of Sussex, Getty Images, Royals]
        ---
        Text.
        -- content/2024-02-02-b.md --
        ---
        title: Two
        tags: [Prince Harry]
        ---
        Text.
        """);
    site.build().assertOk();
    assertThat(site.html("site/2024/02/a/index.html").select(".tags a").eachText())
        .containsExactly("Prince Harry", "Royals");
    assertThat(site.files("site")).contains("tags/duke-of-sussex/index.html")
        .noneMatch(f -> f.startsWith("tags/getty-images/"));
    site.assertFile("site/tags/duke-of-sussex/index.html",
        "<meta http-equiv=\"refresh\" content=\"0; url=/tags/prince-harry/\">",
        "<link rel=\"canonical\"");
    assertThat(site.html("site/tags/prince-harry/index.html").select("ol.entries a").eachText())
        .containsExactly("Two", "One");
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/")).isEmpty();
  }

  @Test
  void aBadTagsYamlNamesFileLineAndTheKeyMeant(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- tags.yaml --
        aliases:
          A: B
        bannd: [X]
        -- content/a.md --
        ---
        title: A
        ---
        """);
    assertThat(site.build().assertCode(3).err())
        .contains("tags.yaml:3: unknown key 'bannd'; did you mean 'banned'?");
  }

  @Test
  void anArticleListedAsOtherCoverageIsNotListedAgainAsRelated(@TempDir Path dir) {
    String story = "Officials in Eastport confirmed on Tuesday that the harbour bridge will close"
        + " for repairs next spring, after engineers found corrosion in the main supports of the"
        + " structure. Traffic will be diverted through the old town while the work goes on.";
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-first.md --
        ---
        title: Bridge to close for repairs
        tags: [Eastport, Bridges]
        ---
        %s
        -- content/2024-03-02-second.md --
        ---
        title: Harbour bridge closing next spring
        tags: [Eastport, Bridges]
        ---
        %s A spokesman declined to comment further.
        -- content/2024-03-05-third.md --
        ---
        title: Eastport council meets
        tags: [Eastport]
        ---
        The council of Eastport met on Friday to talk about parking, bins and the library.
        """.formatted(story, story));
    site.build().assertOk();
    Document first = site.html("site/2024/03/first/index.html");
    assertThat(first.select(".coverage a").eachText())
        .containsExactly("Harbour bridge closing next spring");
    assertThat(first.select(".related a").eachText()).containsExactly("Eastport council meets");
  }

  @Test
  void aStoryRetoldManyTimesListsTheThreeVersionsNearestInDateAndNoneAsRelated(@TempDir Path dir) {
    String story = "Officials in Eastport confirmed on Tuesday that the harbour bridge will close"
        + " for repairs next spring, after engineers found corrosion in the main supports of the"
        + " structure. Traffic will be diverted through the old town while the work goes on.";
    StringBuilder files = new StringBuilder();
    for (int day = 1; day <= 9; day++) {
      files.append("""
          -- content/2024-03-%02d-v%d.md --
          ---
          title: Bridge story, version %d
          tags: [Eastport, Bridges]
          ---
          %s Update %d.
          """.formatted(day, day, day, story, day));
    }
    // Another story told twice: one suggestion, not two.
    for (int day = 21; day <= 22; day++) {
      files.append("""
          -- content/2024-03-%d-parking.md --
          ---
          title: Parking charges, take %d
          tags: [Eastport, Bridges]
          ---
          Drivers in Eastport will pay more to park near the harbour from April, the council said,
          as it tries to raise money for the bridge repairs and to cut traffic in the old town. %d
          """.formatted(day, day, day));
    }
    files.append("""
        -- content/2024-03-20-council.md --
        ---
        title: Eastport council meets
        tags: [Eastport, Bridges]
        ---
        The council of Eastport met on Friday to talk about parking, bins and the library.
        """);
    TestSite site = TestSite.write(dir, files.toString());
    site.build().assertOk();

    Document middle = site.html("site/2024/03/v5/index.html");
    assertThat(middle.select(".coverage a").eachText()).containsExactly(
        "Bridge story, version 4", "Bridge story, version 6", "Bridge story, version 7");
    assertThat(middle.select(".coverage .more").text())
        .isEqualTo("8 other articles tell this story; these are the nearest in date.");
    // The versions not shown are the story too: none of them is offered as related.
    assertThat(middle.select(".related a").eachText()).containsExactly("Eastport council meets",
        "Parking charges, take 21");

    Document first = site.html("site/2024/03/v1/index.html");
    assertThat(first.select(".coverage a").eachText()).containsExactly(
        "Bridge story, version 2", "Bridge story, version 3", "Bridge story, version 4");
    Document council = site.html("site/2024/03/council/index.html");
    assertThat(council.select(".coverage")).isEmpty();
  }

  @Test
  void nearDuplicatesAreOneStoryAndTheReportListsWhatToFix(@TempDir Path dir) throws Exception {
    String story = "Officials in Eastport confirmed on Tuesday that the harbour bridge will close"
        + " for repairs next spring, after engineers found corrosion in the main supports of the"
        + " structure. Traffic will be diverted through the old town while the work goes on.";
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-first.txt --
        Bridge to close for repairs

        %s
        -- content/2024-03-02-second.txt --
        Harbour bridge closing next spring

        %s A spokesman declined to comment further.
        -- content/undated.txt --
        Something else entirely

        A story about a village fete with cakes and a brass band playing all afternoon long.
        """.formatted(story, story));
    site.writeBytes("content/latin1.txt", "Price rise\n\nIt costs \u00a35 now, up from \u00a34."
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    site.writeBytes("content/picture.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0});
    site.build();
    Document first = site.html("site/2024/03/bridge-to-close-for-repairs/index.html");
    assertThat(first.select(".coverage a").eachText())
        .containsExactly("Harbour bridge closing next spring");

    TestSite.Run text = site.run("report").assertOk();
    assertThat(text.out()).contains("Undated articles").contains("content/undated.txt")
        .contains("content/latin1.txt").contains("content/picture.txt")
        .contains("content/2024-03-01-first.txt  ~  content/2024-03-02-second.txt");
    JsonNode json = new ObjectMapper().readTree(site.run("report", "--json").assertOk().out());
    assertThat(json.get("figures").get("articles").asInt()).isEqualTo(4);
    assertThat(json.get("nearDuplicates").get(0).get(0).asText())
        .isEqualTo("content/2024-03-01-first.txt");
    assertThat(json.get("skipped").get(0).get("source").asText())
        .isEqualTo("content/picture.txt");
    assertThat(json.get("decodingGuesses").get(0).get("source").asText())
        .isEqualTo("content/latin1.txt");
    assertThat(List.of(json.get("undated").get(0).get("source").asText()))
        .containsAnyOf("content/undated.txt", "content/latin1.txt");
  }
}
