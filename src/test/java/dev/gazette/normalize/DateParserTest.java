package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig.DateOrder;
import dev.gazette.content.DateConfidence;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private final DateParser dmy = new DateParser(DateOrder.DMY, ZoneOffset.UTC);
  private final DateParser mdy = new DateParser(DateOrder.MDY, ZoneOffset.UTC);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "date 2024-06-23 King Charles could visit|King Charles could visit",
      "Date: 23 June 2024|''",
      "Published: June 23, 2024|''",
      "Published on Sunday, June 23rd, 2024|''",
      "2024-06-23T10:00:00Z|''",
      "23/06/2024|''",
      "23.06.2024 - Story starts|Story starts",
      "Posted: 23 Jun 2024, 10:30 am BST|''",
      "June 23, 2024 10:00|''",
      "Updated 23rd of June 2024|''"})
  void headerForms(String line, String rest) {
    Optional<DateParser.Leading> d = dmy.parseLeading(line);
    assertThat(d).as(line).isPresent();
    assertThat(d.get().date()).isEqualTo(LocalDate.of(2024, 6, 23));
    assertThat(d.get().rest()).isEqualTo(rest);
  }

  @Test
  void aSentenceThatStartsWithADateIsNotAHeader() {
    assertThat(dmy.parseLeading("23 June 2024 was the hottest day of the year.")).isEmpty();
    assertThat(dmy.parseLeading("Dated furniture sells well")).isEmpty();
  }

  @Test
  void numericDatesFollowTheConfiguredOrder() {
    assertThat(dmy.parseValue("03/04/2024")).contains(LocalDate.of(2024, 4, 3));
    assertThat(mdy.parseValue("03/04/2024")).contains(LocalDate.of(2024, 3, 4));
    assertThat(dmy.parseValue("31/02/2024")).isEmpty();
  }

  @Test
  void timestampsLandOnTheDayOfTheSiteTimeZone() {
    DateParser auckland = new DateParser(DateOrder.DMY, ZoneId.of("Pacific/Auckland"));
    assertThat(auckland.parseValue("2024-06-23T20:00:00Z")).contains(LocalDate.of(2024, 6, 24));
  }

  @Test
  void fileNameDates() {
    assertThat(DateParser.fromFileName("2024-06-23-title")).contains(LocalDate.of(2024, 6, 23));
    assertThat(DateParser.fromFileName("2024-06-23")).contains(LocalDate.of(2024, 6, 23));
    assertThat(DateParser.fromFileName("20240623-title")).isEmpty();
    assertThat(DateParser.fromFileName("2024-13-01-x")).isEmpty();
  }

  @Test
  void inferenceTakesTheLatestFullDate() {
    String text = "The deal was signed on 3 March 2023. Talks resumed on January 4, 2026,"
        + " and again in 2027 (no day given), after a meeting on 2025-11-30.";
    Optional<DateParser.Inferred> d = dmy.infer(text, Optional.empty());
    assertThat(d).isPresent();
    assertThat(d.get().date()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(d.get().confidence()).isEqualTo(DateConfidence.LOW);
  }

  @Test
  void oneDateMentionedIsAFairGuess() {
    Optional<DateParser.Inferred> d = dmy.infer("He spoke on January 4, 2026 in Norfolk.",
        Optional.empty());
    assertThat(d.get().date()).isEqualTo(LocalDate.of(2026, 1, 4));
    assertThat(d.get().confidence()).isEqualTo(DateConfidence.MEDIUM);
  }

  @Test
  void aLaterYearMakesTheGuessWeak() {
    Optional<DateParser.Inferred> d = dmy.infer("Crowned on 2 June 1953, she reigned until 2022"
        + " and 2,000 guests came.", Optional.empty());
    assertThat(d.get().date()).isEqualTo(LocalDate.of(1953, 6, 2));
    assertThat(d.get().confidence()).isEqualTo(DateConfidence.LOW);
  }

  @Test
  void partialDatesAndRelativePhrasesNeedAReference() {
    String text = "It was claimed last night, and yesterday he left the clinic on January 29."
        + " He returned last Tuesday.";
    assertThat(dmy.infer(text, Optional.empty())).isEmpty();
    // 2024-02-14 was a Wednesday.
    LocalDate reference = LocalDate.of(2024, 2, 14);
    assertThat(dmy.relativeDatesIn(text, reference)).containsExactlyInAnyOrder(
        LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 13), LocalDate.of(2024, 1, 29));
    assertThat(dmy.infer(text, Optional.of(reference)).get().date())
        .isEqualTo(LocalDate.of(2024, 2, 13));
    assertThat(dmy.infer(text, Optional.of(reference)).get().confidence())
        .isEqualTo(DateConfidence.LOW);
  }

  @Test
  void aDayAndMonthAfterTheReferenceIsLastYears() {
    assertThat(dmy.relativeDatesIn("on 30 December", LocalDate.of(2024, 1, 2)))
        .containsExactly(LocalDate.of(2023, 12, 30));
  }

  @Test
  void numbersThatAreNotDatesAreIgnored() {
    assertThat(dmy.fullDatesIn("Scores 12/45/2024, version 2024-99-99, 1 June 20245"))
        .isEmpty();
  }
}
