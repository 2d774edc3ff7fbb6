package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig.DateOrder;
import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RawArticleParserTest {
  private final RawArticleParser parser =
      new RawArticleParser(new DateParser(DateOrder.DMY, ZoneOffset.UTC));

  private RawArticle parse(String text) {
    return parser.parse(text, Optional.empty());
  }

  @Test
  void headlineThenParagraphs() {
    RawArticle a = parse("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant"
        + " TimeWarner jumped 76% to $1.13bn.\n\nIts profits were buoyed by one-off gains.\n");
    assertThat(a.title()).isEqualTo("Ad sales boost Time Warner profit");
    assertThat(a.titleDerived()).isFalse();
    assertThat(a.summary()).startsWith("Quarterly profits");
    assertThat(a.blocks()).hasSize(2).allMatch(b -> b instanceof Block.Paragraph);
    assertThat(a.dateSource()).isEqualTo(DateSource.NONE);
    assertThat(a.dateConfidence()).isEqualTo(DateConfidence.NONE);
  }

  @Test
  void headlinesStartingWithAnAmountOrABrand() {
    assertThat(parse("$1m payoff for former Shell boss\n\nShell is to pay $1m.\n").title())
        .isEqualTo("$1m payoff for former Shell boss");
    assertThat(parse("iTunes now selling Band Aid song\n\nIpod owners can now download it.\n")
        .title()).isEqualTo("iTunes now selling Band Aid song");
  }

  @Test
  void aLedeOfStopsOnlyGivesUntitledNotABlankTitle() {
    // found by RawTextFuzzTest (seed lede-of-a-full-stop.txt): the title was ""
    assertThat(parse(".\n\t\n       \u20189\n").title()).isEqualTo("Untitled");
    assertThat(RawArticleParser.deriveTitle("...")).isEqualTo("Untitled");
  }

  @Test
  void numbersWithLeadingZerosStayTextNotAList() {
    // found by RawTextFuzzTest (seed numbered-with-leading-zero.txt): "01." became "1."
    String text = "Bond films\n\n007. Licence to kill is shown tonight.\n\n8. Then the news.\n";
    RawArticle a = parse(text);
    assertThat(a.blocks()).noneMatch(b -> b instanceof Block.ListBlock);
    assertThat(MarkdownBody.write(a.blocks())).contains("007\\. Licence to kill");
    assertThat(parse("Steps\n\n01. First step here.\n\n02. Second step here.\n").blocks())
        .noneMatch(b -> b instanceof Block.ListBlock);
    assertThat(parse("Steps\n\n1. First step here.\n\n2. Second step here.\n").blocks())
        .singleElement().isInstanceOf(Block.ListBlock.class);
  }

  @Test
  void aFirstLineInLowerCaseIsNotAHeadline() {
    RawArticle a = parse("and then the council voted again\n\nThe vote was close.\n");
    assertThat(a.titleDerived()).isTrue();
  }

  @Test
  void derivedTitleIsAPhraseNotACut() {
    RawArticle a = parse("Hope that Prince Harry could return to the royal fold is mounting after"
        + " it was claimed the duke is 'willing' to step into a temporary role while King Charles"
        + " battles cancer.\n\nMore text follows here.\n");
    assertThat(a.title()).isEqualTo(
        "Hope that Prince Harry could return to the royal fold is mounting");
    RawArticle b = parse("Officials in the northern province said the rains that fell through"
        + " the whole of last week destroyed crops across an area the size of Wales and left"
        + " thousands of families without shelter or food for the winter months.\n\nMore.\n");
    assertThat(b.title()).doesNotEndWith("…").doesNotEndWith(" the").doesNotEndWith(" of");
    assertThat(b.title().split(" ")).hasSizeBetween(5, 20);
  }

  @Test
  void dateHeaderUnderTheHeadline() {
    RawArticle a = parse("Storm hits coast\nPublished: June 23, 2024\n\nThe storm came ashore.\n");
    assertThat(a.title()).isEqualTo("Storm hits coast");
    assertThat(a.date()).contains(LocalDate.of(2024, 6, 23));
    assertThat(a.dateSource()).isEqualTo(DateSource.HEADER);
    assertThat(a.dateConfidence()).isEqualTo(DateConfidence.HIGH);
  }

  @Test
  void fileNameDateComesBeforeInference() {
    RawArticle a = parser.parse("Title here\n\nOn 1 May 2020 something happened.\n",
        Optional.of(LocalDate.of(2021, 2, 3)));
    assertThat(a.date()).contains(LocalDate.of(2021, 2, 3));
    assertThat(a.dateSource()).isEqualTo(DateSource.FILENAME);
  }

  @Test
  void withoutAnyDateTheLatestMentionedOneIsInferred() {
    RawArticle a = parse("Royal visit\n\nThe King attended church on January 4, 2026, having"
        + " been diagnosed in February 2024.\n\nHe was seen yesterday.\n");
    assertThat(a.date()).contains(LocalDate.of(2026, 1, 4));
    assertThat(a.dateSource()).isEqualTo(DateSource.INFERRED);
    assertThat(a.dateConfidence()).isEqualTo(DateConfidence.MEDIUM);
  }

  @Test
  void relativePhrasesAloneGiveNoDate() {
    RawArticle a = parse("Royal visit\n\nHe was seen yesterday and last Tuesday.\n");
    assertThat(a.date()).isEmpty();
    assertThat(a.dateSource()).isEqualTo(DateSource.NONE);
  }

  @Test
  void captionsOfEveryKind() {
    RawArticle a = parse("Headline here\n\nThe story starts here and goes on.\n\n"
        + "Charles wants more time with Archie. Photo / Netflix, Misan Harriman\n\n"
        + "Prince Harry (pictured in a holiday photo) is hoping for a visit.\n\n"
        + "King Charles III leaves The London Clinic with Queen Camilla on January 29\n\n"
        + "The story ends here.\n");
    assertThat(a.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly(
        "Paragraph", "Caption", "Caption", "Caption", "Paragraph");
    assertThat(a.summary()).isEqualTo("The story starts here and goes on.");
  }

  @Test
  void quotationsStayProseWhateverTheirEnding() {
    RawArticle a = parse("Headline here\n\nHe said it was over.\n\n“We are delighted and we"
        + " will go on”\n\n'It is always possible to reconcile\n\nThe end.\n");
    assertThat(a.blocks()).allMatch(b -> b instanceof Block.Paragraph);
  }

  @Test
  void fragmentsAndCutProseAreNotCaptions() {
    RawArticle a = parse("Headline here\n\nFirst paragraph ends well.\n\nhome to Manchester"
        + " United in the quarter-finals\n\nThe AFI also questioned the news. The list also"
        + " draws attention to\n");
    assertThat(a.blocks()).allMatch(b -> b instanceof Block.Paragraph);
  }

  @Test
  void bulletAndNumberedLists() {
    RawArticle a = parse("Budget at a glance\n\nThe main points were:\n\n"
        + "- Increased spending on education\n- Duty cuts on capital goods\n\n"
        + "1. First step\n2. Second step\n3. Third step\n\nThat was all.\n");
    List<Block> blocks = a.blocks();
    assertThat(blocks).hasSize(4);
    Block.ListBlock bullets = (Block.ListBlock) blocks.get(1);
    assertThat(bullets.ordered()).isFalse();
    assertThat(bullets.items()).containsExactly("Increased spending on education",
        "Duty cuts on capital goods");
    Block.ListBlock numbered = (Block.ListBlock) blocks.get(2);
    assertThat(numbered.ordered()).isTrue();
    assertThat(numbered.start()).isEqualTo(1);
    assertThat(numbered.items()).hasSize(3);
    assertThat(MarkdownBody.write(blocks)).contains("- Increased spending on education\n"
        + "- Duty cuts on capital goods\n").contains("1. First step\n2. Second step\n");
  }

  @Test
  void numbersThatDoNotCountUpAreNotAList() {
    RawArticle a = parse("Seeds\n\nThe seeds were named.\n\n1. Federer\n4. Hewitt\n\nEnd.\n");
    assertThat(a.blocks()).noneMatch(b -> b instanceof Block.ListBlock);
    assertThat(MarkdownBody.write(a.blocks())).contains("1\\. Federer").contains("4\\. Hewitt");
  }

  @Test
  void aSingleDashLineIsNotAList() {
    RawArticle a = parse("Title\n\nIntro text here.\n\n- just one dash line\n\nEnd.\n");
    assertThat(a.blocks()).noneMatch(b -> b instanceof Block.ListBlock);
  }

  @Test
  void subHeadingsInTitleCaseFollowedByProse() {
    RawArticle a = parse("Match report\n\nThe game started late.\n\nThe All Blacks\n\n"
        + "Charles John Munro discovered rugby at London's Christ College and took it home.\n\n"
        + "KEY MATCH STATS\n\nBlackburn have won three of their last four games at home.\n");
    assertThat(a.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly(
        "Paragraph", "Heading", "Paragraph", "Heading", "Paragraph");
    assertThat(MarkdownBody.write(a.blocks())).contains("## The All Blacks\n");
  }

  @Test
  void aCaptionWithALowerCaseVerbIsNotASubHeading() {
    RawArticle a = parse("Title\n\nIntro text here.\n\nPrince Harry arrives in Canada\n\n"
        + "The prince landed in Vancouver on a scheduled flight with his team.\n");
    assertThat(a.blocks().get(1)).isInstanceOf(Block.Caption.class);
  }

  @Test
  void lineEndingsAndInvisibleSpaces() {
    RawArticle a = parse("Storm\u00A0hits\tcoast\r\n\r\nThe\u200B storm  came ashore.\rIt was"
        + " ‘very strong’, said one.\r\n");
    assertThat(a.title()).isEqualTo("Storm hits coast");
    assertThat(a.blocks()).extracting(Block::text).containsExactly("The storm came ashore.",
        "It was ‘very strong’, said one.");
  }

  @Test
  void hardWrappedLinesAreJoinedButListLinesAreNot() {
    String wrapped = "This paragraph was wrapped by an old editor at a fixed width of\n"
        + "about sixty characters so every line is of middling length and\n"
        + "it ends here.\n";
    assertThat(parse("Title\n\n" + wrapped).blocks()).hasSize(1);
  }

  @Test
  void bylinesAreKeptButNeverTheSummary() {
    RawArticle a = parse("Storm hits coast\n\nBy Jane Smith, Political Editor\n\n"
        + "The storm came ashore at dawn and kept going.\n");
    assertThat(a.title()).isEqualTo("Storm hits coast");
    assertThat(a.blocks().get(0)).isInstanceOf(Block.Byline.class);
    assertThat(a.summary()).startsWith("The storm came ashore");
    assertThat(MarkdownBody.write(a.blocks())).startsWith("By Jane Smith, Political Editor\n");
  }

  @Test
  void creditOnlyLinesAreCaptionsNotSubHeadings() {
    RawArticle a = parse("Title\n\nIntro text here.\n\nGetty Images\n\n"
        + "The prince landed in Vancouver on a scheduled flight with his team.\n\n"
        + "AP Photo/Jane Doe\n\n© Reuters 2024\n\nEnd of it all here.\n");
    assertThat(a.blocks()).extracting(b -> b.getClass().getSimpleName()).containsExactly(
        "Paragraph", "Caption", "Paragraph", "Caption", "Caption", "Paragraph");
  }
}
