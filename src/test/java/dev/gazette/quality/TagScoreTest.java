package dev.gazette.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.config.TagRules;
import dev.gazette.diag.GazetteException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagScoreTest {
  private static final TagLabels LABELS = TagLabels.parse("labels.yaml", """
      politics/001.txt:
        tags: [Tony Blair, Gordon Brown, Labour]
        also: [Downing Street]
      tech/002.txt: {tags: [iPod, Apple], also: []}
      """);

  @Test
  void goodPartialAndJunkAreCountedAndNamesFolded() {
    TagScore score = new TagScore(new TagRules(Map.of("pm", "Tony Blair"), Set.of()));
    TagScore.Judged j = score.judge("politics/001.txt",
        List.of("PM", "Brown", "Downing Street", "Tories", "labour"),
        LABELS.labels().get("politics/001.txt"));
    assertThat(j.good()).containsExactly("PM", "labour");
    assertThat(j.partial()).containsExactly("Brown", "Downing Street");
    assertThat(j.junk()).containsExactly("Tories");
    assertThat(j.missed()).containsExactly("Gordon Brown");
    assertThat(j.found()).isEqualTo(2.5);
  }

  @Test
  void aSecondTagForOneLabelIsJunk() {
    TagScore.Judged j = new TagScore(TagRules.none()).judge("tech/002.txt",
        List.of("IPOD", "iPod", "Apple"), LABELS.labels().get("tech/002.txt"));
    assertThat(j.good()).containsExactly("IPOD", "Apple");
    assertThat(j.junk()).containsExactly("iPod");
  }

  @Test
  void aTagIsTheLabelWhenTheArchiveWouldFoldThemIntoOneTag() {
    TagLabels labels = TagLabels.parse("l.yaml",
        "e/1.txt: {tags: [Oscars, The Aviator, Labour Party], also: [Academy Awards]}\n");
    TagScore.Judged j = new TagScore(TagRules.none()).judge("e/1.txt",
        List.of("Oscar", "Aviator", "Labour", "Academy Award", "Oscars"),
        labels.labels().get("e/1.txt"));
    assertThat(j.good()).containsExactly("Oscar", "Aviator", "Labour");
    assertThat(j.partial()).containsExactly("Academy Award");
    assertThat(j.junk()).containsExactly("Oscars");
    assertThat(j.missed()).isEmpty();
  }

  @Test
  void anAcronymIsItsLongFormAndAPartysShortFormIsTheParty() {
    TagLabels labels = TagLabels.parse("l.yaml", """
        t/1.txt: {tags: [FBI, Lib Dems, National Hi-Tech Crime Unit], also: [Monetary Policy Committee]}
        """);
    TagScore.Judged j = new TagScore(TagRules.none()).judge("t/1.txt",
        List.of("Federal Bureau of Investigation", "Liberal Democrats", "NHTCU", "MPC", "FBI",
            "GB"), labels.labels().get("t/1.txt"));
    assertThat(j.good()).containsExactly("Federal Bureau of Investigation", "Liberal Democrats",
        "NHTCU");
    assertThat(j.partial()).containsExactly("MPC");
    assertThat(j.junk()).containsExactly("FBI", "GB");
    assertThat(j.missed()).isEmpty();
  }

  @Test
  void anAcronymSaidAsAWordIsItsLongForm() {
    TagLabels labels = TagLabels.parse("l.yaml", """
        t/1.txt: {tags: [Icann, Nasa]}
        """);
    TagScore.Judged j = new TagScore(TagRules.none()).judge("t/1.txt",
        List.of("Internet Corporation for Assigned Names and Numbers", "Nice"),
        labels.labels().get("t/1.txt"));
    assertThat(j.good()).containsExactly("Internet Corporation for Assigned Names and Numbers");
    assertThat(j.junk()).containsExactly("Nice");
    assertThat(j.missed()).containsExactly("Nasa");
  }

  @Test
  void categoriesAndTotals() {
    TagScore.Report r = new TagScore(TagRules.none()).report(List.of(
        new TagScore(TagRules.none()).judge("tech/002.txt", List.of("iPod", "Steve Jobs"),
            LABELS.labels().get("tech/002.txt"))), List.of("politics/001.txt"));
    assertThat(r.total().precision()).isEqualTo(0.5);
    assertThat(r.total().recall()).isEqualTo(0.5);
    assertThat(r.lines(5)).anyMatch(l -> l.startsWith("tech ") && l.contains("0.50"))
        .anyMatch(l -> l.contains("not in the archive: 1"))
        .anyMatch(l -> l.contains("tech/002.txt: missed [Apple], junk [Steve Jobs]"));
  }

  @Test
  void aLabelWithoutTagsNamesTheEntry() {
    assertThatThrownBy(() -> TagLabels.parse("l.yaml", "a.txt: {also: [X]}\n"))
        .isInstanceOf(GazetteException.class).hasMessageContaining("l.yaml: 'a.txt' needs");
  }
}
