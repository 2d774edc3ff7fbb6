package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tagger on small archives built inline: names, roles, scripts, folding. */
class TagExtractionCasesTest {

  private static Article article(int i, String title, String body) {
    return new Article("content/a" + i + ".txt", new Slug("a" + i), title, Optional.empty(),
        DateSource.NONE, List.of(), "", body, false, "h" + i);
  }

  private static List<List<String>> tag(List<Article> articles) {
    List<ArchiveTagger.Input> in = new ArrayList<>();
    articles.forEach(a -> in.add(new ArchiveTagger.Input(a, true)));
    return new ArchiveTagger(SiteConfig.defaults().maxTagsPerArticle(), TagRules.none())
        .tag(in).articles().stream().map(a -> a.tags().stream().map(Tag::name).toList())
        .toList();
  }

  private static List<Article> fillers(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(article(100 + i, "Weather note " + i, "It rained in the morning and cleared"
          + " later. Roads were quiet and the market opened on time.\n"));
    }
    return out;
  }

  @Test
  void aTenArticleArchiveTagsNamesMentionedTwice() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Bakery wins prize", """
        Tomas Reyes, a baker from the valley, has won the top prize of the National Bakers Guild.

        The National Bakers Guild said the loaf was the best it had tasted. Tomas Reyes said he
        would keep baking.
        """));
    all.addAll(fillers(9));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).containsExactlyInAnyOrder("Tomas Reyes", "National Bakers Guild");
    tags.subList(1, 10).forEach(t -> assertThat(t).isEmpty());
  }

  @Test
  void aThreeArticleArchiveStripsRolesAndMergesShortMentions() {
    List<List<String>> tags = tag(List.of(
        article(1, "Schools plan unveiled", """
            Education Secretary Ruth Kelly has set out plans for new schools.

            Ms Kelly said the plans would be paid for. Prime Minister Tony Blair backed her, and
            Mr Blair said Labour MPs would vote for them.
            """),
        article(2, "Music show returns", """
            Top of the Pops is to return to BBC Two, the corporation said.

            Fans of Top of the Pops wrote in. The show's producer Ann Lee said it was "a joy".
            """),
        article(3, "Gadget sales", """
            Sales of the iPod rose before Christmas, and the G8 talked about trade.

            The iPod is made by Apple. Apple said the G8 meeting was not a concern.
            """)));
    assertThat(tags.get(0)).contains("Ruth Kelly", "Tony Blair")
        .doesNotContain("Education Secretary Ruth Kelly", "Kelly", "Blair", "Labour MPs", "MPs");
    assertThat(tags.get(1)).contains("Top of the Pops").doesNotContain("Top", "Pops");
    assertThat(tags.get(2)).contains("iPod", "G8", "Apple");
  }

  @Test
  void rolesAndPartiesInFrontOfANameAreStrippedAndAnOfficeAloneIsNoTag() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Trust in politics", """
        Tory Neil Hamilton and Liberal Democrat Paul Tyler spoke. Deputy Prime Minister John
        Prescott and Ex-PM Lord Callaghan were quoted.

        Trade and Industry Secretary Patricia Hewitt said the Secretary of State would report to
        the Department for Work and Pensions. Paul Tyler and Neil Hamilton agreed with
        Patricia Hewitt and John Prescott.
        """));
    all.addAll(fillers(3));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Neil Hamilton", "Paul Tyler", "John Prescott",
        "Patricia Hewitt").doesNotContain("Tory Neil Hamilton", "Liberal Democrat Paul Tyler",
        "Deputy Prime Minister", "Secretary of State", "Trade", "Work", "Pensions");
  }

  @Test
  void anHonorificAndSurnameJoinTheFullNameEvenWhenItOpensASentence() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Bakers wait for spring", """
        Sales of bread fell in the valley this winter, the guild said.

        Miles Reyes, head of the guild, said bakers were worried. Mr Reyes said prices would rise.

        Vice-President Dick Cheney visited. "We will wait," Mr Reyes added, and Mr Cheney agreed.
        """));
    for (int i = 0; i < 4; i++) {
      all.add(article(10 + i, "Road note " + i, "The road ran for miles and miles. Cars were"
          + " quiet and the market opened on time.\n"));
    }
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Miles Reyes", "Dick Cheney")
        .doesNotContain("Reyes", "Vice-President Dick Cheney", "Cheney");
  }

  @Test
  void anOutletAQuoteWasGivenToIsNoTagButANameAfterItCounts() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Club in talks", """
        Northfield Rovers are in talks with striker Sam Odell, BBC Sport understands.

        "We want him," Lee Harker told BBC Sport. Speaking to BBC Radio Leeds, Lee Harker said
        Sam Odell would decide soon. A source told the BBC Sam Odell was keen.

        Northfield Rovers fans told BBC Radio Leeds they were pleased. Sports correspondent Ann
        Vale said the deal was close; our correspondent, Ann Vale, expects it this week.
        """));
    all.addAll(fillers(3));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Sam Odell", "Northfield Rovers", "Lee Harker")
        .doesNotContain("BBC Sport", "BBC Radio Leeds", "BBC", "Sport", "Ann Vale");
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(all.get(0)).names();
    assertThat(names.get("Sam Odell").mentions()).isEqualTo(3);
  }

  @Test
  void aColumnsAuthorFooterGivesNoTags() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Gadgets that waste power", """
        The hi-tech industry is starting to care about waste. Ann Colby thinks it is about time.

        Makers such as Northfield Devices ship chargers that stay warm. Northfield Devices said
        it would look again.

        Ann Colby is a regular commentator on the Radio Nine programme Wired Weekly.
        """));
    all.addAll(fillers(3));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Northfield Devices")
        .doesNotContain("Ann Colby", "Radio Nine", "Wired Weekly");
  }

  @Test
  void aTitleWithAFirstNameJoinsTheFullName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Dame Julie visits the show", """
        Mary Poppins star Dame Julie Andrews watched the show.

        It was the first time Dame Julie had seen it. Sir Alan said Alan Budd was right.
        """)).names();
    assertThat(names).containsKeys("Julie Andrews", "Alan Budd")
        .doesNotContainKeys("Dame Julie", "Sir Alan");
    assertThat(names.get("Julie Andrews").headline()).isTrue();
  }

  @Test
  void aRoleOpeningASentenceLeavesTheNameAfterItSureAndATitleAfterARoleIsStripped() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Northfield draw", """
        Boss Sir Alan Budd was left ruing the draw.

        Manager Sam Odell said little. But Budd said: "We go on."
        """)).names();
    assertThat(names).containsKeys("Alan Budd", "Sam Odell")
        .doesNotContainKeys("Sir Alan Budd", TagExtractor.UNSURE + "Sir Alan Budd",
            TagExtractor.UNSURE + "Alan Budd", TagExtractor.UNSURE + "Sam Odell", "Budd");
    assertThat(names.get("Alan Budd").mentions()).isEqualTo(2);
  }

  @Test
  void aShortFormWithAWordLeftOutInsideJoinsTheFullName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Film applauded", """
        A film has drawn applause at Northfield Film Festival, its first.

        It opened the Northfield Festival, and the Northfield Festival jury liked it. The
        Northfield Festival ends on Sunday; the Champions League and the Champions League Final
        come after, with the Champions League draw. The United Bank of Africa and Trust Bank
        merged; United Bank said so, and United Bank staff agreed.
        """)).names();
    assertThat(names).containsKeys("Northfield Film Festival", "Champions League", "United Bank")
        .doesNotContainKeys("Northfield Festival", "Champions League Final");
    assertThat(names.get("Northfield Film Festival").mentions()).isEqualTo(4);
  }

  @Test
  void anAcronymAndTheNameItAbbreviatesAreOneEntity() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Warning over virus", """
        The US Northfield Bureau of Investigation is warning about a virus that claims to be
        from the NBI.

        Northfield Hi-Tech Crime Unit (NHTCU) officers agreed. The NHTCU, the NBI and
        the Home Office said that Tony Blair had TB, and ABC Inc said AI would help.
        """)).names();
    assertThat(names).containsKeys("Northfield Bureau of Investigation",
        "Northfield Hi-Tech Crime Unit", "Tony Blair", "TB", "ABC", "AI")
        .doesNotContainKeys("US Northfield Bureau of Investigation", "NBI", "NHTCU");
    assertThat(names.get("Northfield Bureau of Investigation").mentions()).isEqualTo(3);
    assertThat(names.get("Northfield Hi-Tech Crime Unit").mentions()).isEqualTo(3);
  }

  @Test
  void aLongFormDefinedByAnAcronymStaysWholeAcrossAnd() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Web names", """
        New names are weighed by the Northfield Corporation for Assigned Names and Numbers, \
        Ncann. Ncann said the rules would come soon.

        The Waste Electronic and Electrical Goods (WEEG) rules apply, and Marks and Spencer \
        agreed.
        """)).names();
    assertThat(names).containsKeys("Northfield Corporation for Assigned Names and Numbers",
        "Waste Electronic and Electrical Goods", "Marks", "Spencer")
        .doesNotContainKeys("Northfield Corporation for Assigned Names", "Numbers", "Ncann",
            "Waste Electronic", "Electrical Goods", "WEEG");
    assertThat(names.get("Northfield Corporation for Assigned Names and Numbers").mentions())
        .isEqualTo(3);
  }

  @Test
  void aNameAfterAQuoteClosedOnACommaDoesNotOpenASentence() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Growth",
        """
        Output rose. "We need time," National Bureau of Figures chief Li Wen told reporters.
        "It is early." Analysts Group said so.
        """)).names();
    assertThat(names).containsKey("National Bureau of Figures")
        .doesNotContainKey(TagExtractor.UNSURE + "National Bureau of Figures")
        .containsKey(TagExtractor.UNSURE + "Analysts Group");
  }

  @Test
  void aPersonNamedWithAnOfficeAndWhomTheyServeAreTwoNames() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Burglary",
        """
        Detective Inspector Paul Miller of Northfield Valley Police said a ladder was used.
        The Duke of Sussex and Secretary of State Ann Lee were told.
        """)).names();
    assertThat(names).containsKeys("Paul Miller", "Northfield Valley Police", "Duke of Sussex",
        "Ann Lee")
        .doesNotContainKeys("Paul Miller of Northfield Valley Police",
            "Detective Inspector Paul Miller of Northfield Valley Police");
  }

  @Test
  void aHeadlinesWordFromInsideTheArticlesLongerNameIsShortForIt() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Tulu to appear at Caledonian run", """
        Derartu Tulu will run in the BUPA Great Caledonian Run in October.

        Tulu said the BUPA Great Caledonian Run suited her.
        """)).names();
    assertThat(names).containsKey("BUPA Great Caledonian Run").doesNotContainKey("Caledonian");
    assertThat(names.get("BUPA Great Caledonian Run").headline()).isTrue();
    names = new TagExtractor().candidates(article(2, "Supercomputer breaks record", """
        The machine was shown at the International Supercomputer Conference, which closed.
        """)).names();
    assertThat(names.get("International Supercomputer Conference").headline()).isFalse();
  }

  @Test
  void aTitleInQuotesWithAStopWordIsReadWhole() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Film",
        """
        His comments come in a documentary called 'No More Mr Nasty'. Fans wore "Save Northmax"
        shirts, and Northmax said "No" twice.
        """)).names();
    assertThat(names).containsKey("No More Mr Nasty")
        .doesNotContainKeys("Nasty", "More Mr Nasty", "Save Northmax");
  }

  @Test
  void anInitialAndASurnameJoinTheFullNameAndATitledSurnameOfAPlaceIsAPerson() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Match",
        """
        A try from captain Brian Odell won it, said Trevin Skeens, and Mr Skeens of Brownsville
        agreed. Soviet fans cheered.

        B Odell, R Odell; G Murphy.
        """)).names();
    assertThat(names).containsKeys("Brian Odell", "Trevin Skeens", "Brownsville")
        .doesNotContainKeys("B Odell", TagExtractor.UNSURE + "B Odell", "Skeens of Brownsville",
            "Skeens", "Soviet");
    assertThat(names.get("Brian Odell").mentions()).isEqualTo(2);
    assertThat(names.get("Brownsville").honorific()).isFalse();
    assertThat(names.get("Trevin Skeens").mentions()).isEqualTo(2);
  }

  @Test
  void aSurnameJoinsTheNameItEndsBeforeOneItOpensAndADefinedLongFormIsNotStripped() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Odell virus spotted", """
        Virus writers are trading on interest in David Odell. The Odell Windows trojan spreads,
        but Mr Odell is not to blame. Deaf people use British Sign Language (BSL) daily.
        """)).names();
    assertThat(names).containsKeys("David Odell", "Odell Windows", "British Sign Language")
        .doesNotContainKeys("Odell", "Sign Language", "BSL");
    assertThat(names.get("David Odell").mentions()).isEqualTo(3);
    assertThat(names.get("David Odell").headline()).isTrue();
  }

  @Test
  void theArchiveNamesAnEntityByTheAcronymItMostlyWritesAlone() {
    List<Article> all = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      all.add(article(1 + i, "Sprinters face ruling " + i, """
          The Northfield Association of Athletics Federations (NAAF) will rule on the pair.

          The NAAF said the NAAF council would meet. Kostas Reyes and Kostas Reyes's coach wait.
          """));
    }
    for (int i = 0; i < 4; i++) {
      all.add(article(10 + i, "Ruling " + i, "The NAAF met again. The NAAF said little.\n"));
    }
    all.add(article(20, "Rates held", """
        The Northfield Policy Committee (NPC) held rates. The NPC said the NPC would wait.
        """));
    all.add(article(21, "Rates", "The NPC met. The NPC said little.\n"));
    // Written once, or abbreviated in two letters, a name is not the archive's acronym.
    all.add(article(30, "School play", """
        Pupils at Norfolk Hill School staged a play. Norfolk Hill School said it went well.
        """));
    all.add(article(31, "Singer returns", "Then Gary Mason sang, and Gary Mason was glad.\n"));
    all.add(article(32, "Singer tours", "Fans saw Gary Mason, and Gary Mason toured.\n"));
    for (int i = 0; i < 6; i++) {
      all.add(article(40 + i, "Health " + i, "The NHS and GM said little. The NHS and GM met.\n"));
    }
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("NAAF")
        .doesNotContain("Northfield Association of Athletics Federations");
    assertThat(tags.get(6)).contains("Northfield Policy Committee").doesNotContain("NPC");
    assertThat(tags.get(8)).contains("Norfolk Hill School").doesNotContain("NHS");
    assertThat(tags.get(9)).contains("Gary Mason").doesNotContain("GM");
  }

  @Test
  void willBeforeASurnameMidSentenceIsAFirstName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Charts",
        "Fans cheered Will Reyes, who said it will sell. Will Odell sing? We Will Rock You won."
        + " Jan Berry said so on 5 Jan.\n"))
        .names();
    assertThat(names).containsKeys("Will Reyes", "Odell", TagExtractor.UNSURE + "Jan Berry")
        .doesNotContainKeys("Reyes", "Will Odell", TagExtractor.UNSURE + "Will Odell",
            "Will Rock", "Berry");
  }

  @Test
  void anOrganisationForTheSomethingIsOneName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Study",
        """
        The Northfield Association for the Advancement of Baking said the Forum for the Future
        agreed, and Northfield Rovers played for the Northfield Cup.
        """)).names();
    assertThat(names).containsKeys("Northfield Association for the Advancement of Baking",
        "Forum for the Future", "Northfield Rovers", "Northfield Cup")
        .doesNotContainKeys("Forum", "Future", "Advancement of Baking");
  }

  @Test
  void aPlaceAndItsEventStayOneNameWhereAMakerAndItsProductSplit() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Gold medal memories", """
        The sprinter won gold at the Northfield Olympics, and fans of the Zapp from Northfield
        cheered.

        At the Northfield Olympics she was fast; the new Northfield Zapp sold well, and the
        Northfield Zapp was seen there.
        """));
    for (int i = 0; i < 5; i++) {
      all.add(article(10 + i, "Town " + i, "It rained in Northfield. Shops in Northfield shut.\n"));
      all.add(article(20 + i, "Games " + i,
          "Tickets for the Olympics sold. The Olympics begin.\n"));
      all.add(article(30 + i, "Gadget " + i, "Sales of the Zapp rose. The Zapp is small.\n"));
    }
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Northfield Olympics", "Zapp")
        .doesNotContain("Olympics", "Northfield Zapp");
  }

  @Test
  void aOneWordNameInManyOfALargeArchivesArticlesNeedsThreeMentionsOrTheHeadline() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Rates held", """
        Banks in Northland held rates, and Sam Odell said the Northfield Bank agreed.

        The Northfield Bank said Northland firms were calm. Sam Odell agreed.
        """));
    all.add(article(2, "Storms", """
        Storms hit Northland, and Northland roads shut.

        Northland schools shut too, and Quinton Rail said trains stopped. Quinton Rail was sorry.
        """));
    all.add(article(3, "Revival hope for Northland", """
        Factories are busier, and shops in Northland sold more in January.
        """));
    for (int i = 0; i < 6; i++) {
      all.add(article(10 + i, "Note " + i, "It rained in Northland and Sam Odell stayed in.\n"));
    }
    all.addAll(fillers(50));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Sam Odell", "Northfield Bank").doesNotContain("Northland");
    assertThat(tags.get(1)).contains("Northland", "Quinton Rail");
    assertThat(tags.get(2)).containsExactly("Northland"); // the headline makes it the subject
  }

  @Test
  void aHardWrappedLineGoesOnButAListItemStartsAgain() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Notes",
        """
        The plan was backed by Prime Minister Tony
        Blair, who met the Northfield
        Bakers Guild.

        The guild listed:
        - Sam Odell
        - Lee Harker
        """)).names();
    assertThat(names).containsKeys("Tony Blair", "Northfield Bakers Guild",
        TagExtractor.UNSURE + "Sam Odell", TagExtractor.UNSURE + "Lee Harker")
        .doesNotContainKeys("Tony", "Blair", "Northfield", "Sam Odell Lee Harker");
  }

  @Test
  void aSecondNameMentionedTwiceSurvivesADominantSubject() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Northfield Rovers win again", """
        Northfield Rovers won again, and Northfield Rovers fans sang.

        Northfield Rovers led early. Northfield Rovers scored twice, Northfield Rovers said.

        Northfield Rovers were calm; Northfield Rovers had planned it. Sam Odell watched.

        Northfield Rovers play next week. Northfield Rovers need a point, Sam Odell said.
        """));
    all.addAll(fillers(3));
    assertThat(tag(all).get(0)).containsExactly("Northfield Rovers", "Sam Odell");
  }

  @Test
  void anEventsAdjectiveIsNoTag() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Sprinter returns", """
        The Olympic champion Sam Odell ran in Northfield, where Olympic hopefuls watched.

        Sam Odell said the Olympic gold had changed her life.
        """));
    all.addAll(fillers(3));
    assertThat(tag(all).get(0)).contains("Sam Odell").doesNotContain("Olympic");
  }

  @Test
  void aPluralPossessiveEndsANameUnlessTheRunEndsLikeAnInstitution() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Odds",
        """
        "She is favourite," said Ladbrokes' Warren Lush, before Wales' Six Nations match.

        The Musicians' Union and the Critics' Circle agreed, as did the Ulster Schools' Cup.
        """)).names();
    assertThat(names).containsKeys("Ladbrokes", "Warren Lush", "Wales", "Six Nations",
        "Musicians Union", "Critics Circle", "Ulster Schools Cup")
        .doesNotContainKeys("Ladbrokes Warren Lush", "Wales Six Nations", "Musicians", "Union");
  }

  @Test
  void aPersonOfACountryIsThePersonAndAHintForTheCountry() {
    TagExtractor.Candidates c = new TagExtractor().candidates(article(1, "Results",
        "Seeds fell as Olga Reyes of Russia beat Ana Odell, and Olga Reyes plays next.\n"));
    assertThat(c.names()).containsKey("Olga Reyes").doesNotContainKeys("Olga Reyes of Russia",
        "Russia");
    assertThat(c.names().get("Olga Reyes").mentions()).isEqualTo(2);
    assertThat(c.countryHints()).containsEntry("Russia", 1);
  }

  @Test
  void theUsIsACountryNotThePronoun() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Arrests",
        "The US Secret Service said it had arrested 28 people. It told us more later.\n"))
        .names();
    assertThat(names).containsKey("US Secret Service").doesNotContainKey("Secret Service");
  }

  @Test
  void aNationalityInFrontOfANameTheArticleAlsoWritesAloneIsAHint() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Merger",
        """
        Shares rose as Swiss Xstrata bid for a rival, but Swiss Re and Russian Nikolay Davydenko
        did not.

        Analysts said Xstrata had bid fairly. The Australian Open starts next week.
        """)).names();
    assertThat(names).containsKeys("Xstrata", "Swiss Re", "Nikolay Davydenko", "Australian Open")
        .doesNotContainKeys("Swiss Xstrata", "Open", "Re");
    assertThat(names.get("Xstrata").mentions()).isEqualTo(2);
  }

  @Test
  void aShortNumberMayBePartOfAName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Charts",
        """
        The Top 500 list was out, and the TFC 101 Tower in Taipei was tallest. Sony said its
        new console, the PlayStation 2, sold well; he told BBC Radio 4's Today programme so.

        It could cost the UK £1 billion, or Microsoft 50% of its profit. The Olympic 10,000m
        champion ran, and Chelsea won 2-1. It was shown on the Channel 4 news; Chelsea: Cech,
        Terry, Drogba 75.
        """)).names();
    assertThat(names).containsKeys("Top 500", "TFC 101 Tower", "PlayStation 2", "UK",
        "Microsoft", "Chelsea", "Olympic", "Channel 4", "Drogba").doesNotContainKeys("UK 1",
        "Microsoft 50", "Olympic 10", "Chelsea 2", "BBC Radio 4", "Drogba 75");
  }

  @Test
  void aWordAndAShortNumberMidSentenceAreOneName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Award for Doom 3", """
        The sci-fi shooter Doom 3 won, ahead of Halo 2 and a show on Channel 4. The band
        Maroon 5 played.

        Gray fouled Miller 35 yards out; Tonge (Quinn 97) came on. Goals: Bowyer 35, Dyer 69.
        It runs on Windows 95, 98 and XP, as Playschool did 25 years ago.
        """)).names();
    assertThat(names).containsKeys("Doom 3", "Halo 2", "Channel 4", "Maroon 5", "Miller",
        "Quinn", "Dyer", "Windows").doesNotContainKeys("Doom", "Halo", "Channel",
        "Miller 35", "Quinn 97", "Bowyer 35", "Dyer 69", "Windows 95", "Playschool 25");
  }

  @Test
  void aLineUpNamesNoOneMoreOften() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Worcester v Sale", """
        Worcester make one change, with Tim Collier replacing Phil Murphy in the second row.

        Delport; Pieters, Rasmussen, Lombard; Brown, Powell; Windo, Collier, Gillies.

        Subs Not Used: Fortey, Murphy, Daly, Vaili.
        """)).names();
    assertThat(names.get("Tim Collier").mentions()).isEqualTo(1);
    assertThat(names.get("Phil Murphy").mentions()).isEqualTo(1);
    assertThat(names).doesNotContainKeys("Rasmussen", "Lombard", "Gillies", "Daly");
    assertThat(TagExtractor.teamList("Kenny, Geary, Morgan, Harley, Tonge (Quinn 97), Gray."))
        .isTrue();
    assertThat(TagExtractor.teamList("Kate Winslet, Imelda Staunton, Sophie Okonedo and Clive"
        + " Owen are expected to attend, with Mike Leigh, the director.")).isFalse();
  }

  @Test
  void regionAndReligionAdjectivesAreNoTagsButCountTowardTheirNames() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Muslim groups meet European leaders", """
        Muslim groups met European leaders in Northfield. The Northfield Forum said European
        ministers and Muslim charities would attend.

        The Northfield Forum will meet again, European officials and Muslim leaders said.
        """));
    all.add(article(2, "Christian Slater on stage", """
        Actor Christian Slater opened the play. Fans called "Christian, Christian" at the end.
        """));
    all.addAll(fillers(3));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Northfield Forum").doesNotContain("European", "Muslim");
    assertThat(tags.get(1)).contains("Christian Slater").doesNotContain("Christian");
  }

  @Test
  void lettersAfterANameAndAnOrganisationAfterOfAreNotPartOfThePerson() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Budget",
        """
        Finance Minister, Tom McCabe MSP, said the plan was sound.

        Stuart Hensel of the Northfield Research Unit agreed. Mr Hensel said so, and Mr McCabe
        thanked him.
        """)).names();
    assertThat(names).containsKeys("Tom McCabe", "Stuart Hensel", "Northfield Research Unit")
        .doesNotContainKeys("Tom McCabe MSP", "McCabe", "Hensel",
            "Stuart Hensel of the Northfield Research Unit");
    assertThat(names.get("Stuart Hensel").mentions()).isEqualTo(2);
  }

  @Test
  void aSpacedDashEndsAName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Coach",
        "The club said Clive Griffiths - Wales' defensive coach - would stay.\n")).names();
    assertThat(names).containsKeys("Clive Griffiths", "Wales")
        .doesNotContainKey("Clive Griffiths Wales");
  }

  @Test
  void stripRolesKeepsThePersonAndDropsAnOfficeOnly() {
    assertThat(strip("Chairman Sam Younger")).containsExactly("Sam", "Younger");
    assertThat(strip("Education Secretary Ruth Kelly")).containsExactly("Ruth", "Kelly");
    assertThat(strip("President Bush")).containsExactly("Bush");
    assertThat(strip("Tory Neil Hamilton")).containsExactly("Neil", "Hamilton");
    assertThat(strip("Liberal Democrat Paul Tyler")).containsExactly("Paul", "Tyler");
    assertThat(strip("Ex-PM Lord Callaghan")).containsExactly("Lord", "Callaghan");
    assertThat(strip("British Army Gurkhas")).containsExactly("Gurkhas");
    assertThat(strip("Battalion Royal Gurkha Rifles")).containsExactly("Royal", "Gurkha",
        "Rifles");
    assertThat(strip("Australian Open")).containsExactly("Australian", "Open");
    assertThat(strip("Indian Ocean")).containsExactly("Indian", "Ocean");
    assertThat(strip("Salvation Army")).containsExactly("Salvation", "Army");
    assertThat(strip("Deputy Prime Minister")).isEmpty();
    assertThat(strip("Secretary of State")).isEmpty();
    assertThat(strip("Labour MEP")).isEmpty();
    assertThat(strip("Conservative Party Co-Chairman")).isEmpty();
    assertThat(strip("Media and Sport")).isEmpty();
    // A party alone, or before one word, is the party; an honorific keeps a surname.
    assertThat(strip("Labour")).containsExactly("Labour");
    assertThat(strip("Labour Party")).containsExactly("Labour", "Party");
    assertThat(strip("Green Day")).containsExactly("Green", "Day");
    // A party's members before a full name are stripped too; alone they are the party.
    assertThat(strip("Tories Ken Clarke")).containsExactly("Ken", "Clarke");
    assertThat(strip("Liberal Democrats")).containsExactly("Liberal", "Democrats");
    assertThat(strip("Tories")).containsExactly("Tories");
    assertThat(TagExtractor.stripRoles(List.of("Major"), true)).containsExactly("Major");
  }

  private static List<String> strip(String run) {
    return TagExtractor.stripRoles(List.of(run.split(" ")), false);
  }

  @Test
  void namesInOtherScriptsAreFoundAndKeptAsWritten() {
    List<List<String>> tags = tag(List.of(
        article(1, "Visit to Moscow", """
            Владимир Путин met José Álvarez in the city. Владимир Путин spoke first.

            Later José Álvarez visited 北京 and met محمد علي. In 北京 the talks went on, and
            محمد علي said they were useful.
            """),
        article(2, "Another day", "Nothing much happened in the town today.\n")));
    assertThat(tags.get(0)).contains("Владимир Путин", "José Álvarez", "北京", "محمد علي");
    assertThat(Tag.of("Владимир Путин").slug()).isNotEqualTo(Tag.of("北京").slug());
    assertThat(Tag.of("Владимир Путин").slug().value()).isNotEqualTo("tag");
  }

  @Test
  void nationalityAdjectivesNeverBecomeTagsAndPluralsFoldToOneSpelling() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Film awards night", """
        The Academy Awards were held. French actors did well and French critics cheered.

        The Academy Awards will return next year, French officials said.
        """));
    all.add(article(2, "Awards season", """
        The Academy Award went to a new film. The Academy Award was a surprise.
        """));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).doesNotContain("French").contains("Academy Award");
    assertThat(tags.get(1)).contains("Academy Award");
    assertThat(ArchiveTagger.foldSpellings(List.of(List.of("AAA Championships"),
        List.of("AAAs Championships"), List.of("AAA Championships"))))
        .isEqualTo(Map.of("AAA Championships", "AAA Championships", "AAAs Championships",
            "AAA Championships"));
  }

  @Test
  void pluralsMadeWithEsFoldIntoTheSingular() {
    assertThat(ArchiveTagger.foldSpellings(List.of(List.of("Xbox"), List.of("Xboxes"),
        List.of("Xbox"), List.of("Test Match"), List.of("Test Matches"), List.of("Test Match"))))
        .containsEntry("Xboxes", "Xbox").containsEntry("Test Matches", "Test Match");
    assertThat(ArchiveTagger.foldKey("Hughes")).isNotEqualTo(ArchiveTagger.foldKey("Hugh"));
  }

  @Test
  void generalBeforeOneWordOpensAFirmsNameAndBeforeAFullNameIsARole() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Cars",
        "Shares in General Motors fell, said Attorney General Eliot Spitzer of the firm.\n"))
        .names();
    assertThat(names).containsKeys("General Motors", "Eliot Spitzer")
        .doesNotContainKeys("Motors", "General Eliot Spitzer");
  }

  @Test
  void andBetweenTwoCountriesAfterOfAndBeforeAFirmsEndingStaysInsideTheName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Police",
        "The chairman of the Police Federation of England and Wales met Toshiba Elevator"
        + " and Building Systems, and the Bank of England and Barclays.\n")).names();
    assertThat(names).containsKeys("Police Federation of England and Wales",
        "Toshiba Elevator and Building Systems", "Bank of England", "Barclays")
        .doesNotContainKeys("Police Federation of England", "Toshiba Elevator");
  }

  @Test
  void anArticleWithOneTagTakesTheFullNameItIntroducesEarlyOnce() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Profits at Nortex revised", """
        The firm Nortex has cut its profits for last year.

        Shares in Nortex fell. Its former head Frank Dunn was fired last year.

        Shares in Nortex fell again, and Nortex said more.

        A rival, Mark Hill, said nothing at all.
        """));
    List<Article> small = new ArrayList<>(all);
    small.addAll(fillers(9));
    // In a small archive, a name's rarity says nothing: named once after the lede, no tag.
    assertThat(tag(small).get(0)).containsExactly("Nortex");
    all.addAll(fillers(59));
    assertThat(tag(all).get(0)).containsExactly("Nortex", "Frank Dunn");
  }

  @Test
  void anEmployerInFrontOfARoleIsAMentionOfItsOwn() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Bond",
        "The film is due in May, and MGM Vice Chairman Chris McGurk said Education Secretary"
        + " Ruth Kelly liked it.\n")).names();
    assertThat(names).containsKeys("MGM", "Chris McGurk", "Ruth Kelly")
        .doesNotContainKeys("MGM Vice Chairman", "Education");
  }

  @Test
  void aPluralAndItsSingularInOneArticleTakeOneSlot() {
    Map<String, TagExtractor.Stats> names = new HashMap<>();
    TagExtractor.Stats once = new TagExtractor.Stats(1, false, false, 1, 2, false);
    names.put("iPod", once.plus(once).plus(once));
    names.put("iPods", once);
    names.put("Academy Awards", once);
    names.put("Academy Award", once);
    names.put("Hughes", once);
    names.put("Hugh", once);
    ArchiveTagger.Archive.mergeSpellings(names);
    assertThat(names).containsKeys("iPod", "Academy Award", "Hughes", "Hugh")
        .doesNotContainKeys("iPods", "Academy Awards");
    assertThat(names.get("iPod").mentions()).isEqualTo(4);
  }

  @Test
  void spellingsOfOneEntityInOneArticleTakeOneSlot() {
    Map<String, TagExtractor.Stats> names = new HashMap<>();
    TagExtractor.Stats once = new TagExtractor.Stats(1, false, false, 1, 2, false);
    names.put("The Vagina Monologues", once);
    names.put("Vagina Monologues", once.plus(once));
    names.put("Tories", once);
    names.put("Conservative Party", once);
    names.put("WorldCom", once);
    names.put("Worldcom", once);
    ArchiveTagger.Archive.mergeSpellings(names);
    assertThat(names).containsOnlyKeys("Vagina Monologues", "Conservative Party", "WorldCom");
    assertThat(names.get("Vagina Monologues").mentions()).isEqualTo(3);
    assertThat(names.get("Conservative Party").mentions()).isEqualTo(2);
  }

  @Test
  void aHeadlinesClippingOfTheLedesNameIsThatName() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Sprinters win Owen awards", """
        Two sprinters have won the 2004 Jesse Owens Awards, the top honour of the sport.

        The Jesse Owens Awards are given each year. Both sprinters said they were proud.
        """));
    all.addAll(fillers(2));
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Jesse Owens Awards").doesNotContain("Owen");
  }

  @Test
  void aWordTheArchiveMostlyWritesInLowerCaseIsNoTagAlone() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Chester beat Rovers", """
        A late goal let Chester beat Rovers 2-0 and climb the table in the League.

        Now Chester are third in the League, and Rovers fell to tenth.
        """));
    for (int i = 0; i < 5; i++) {
      all.add(article(10 + i, "Weekend round-up " + i, "The league table changed again after"
          + " the weekend, and the league said crowds were up.\n"));
    }
    List<List<String>> tags = tag(all);
    assertThat(tags.get(0)).contains("Chester", "Rovers").doesNotContain("League");
  }

  @Test
  void aHyphenatedModifierInFrontOfANameIsNoPartOfIt() {
    List<List<String>> tags = tag(List.of(article(1, "Exchange bid", """
        The offer came from the Paris-based Euronext, which said the Tunisian-born Amel Kechiche
        would lead it. Shares in the Linux-based firm rose.

        Euronext said Amel Kechiche would stay. A Linux-based rival, backed by Blu-ray Disc
        makers, did not bid; Blu-ray Disc makers said so twice.
        """)));
    assertThat(tags.get(0)).contains("Euronext", "Amel Kechiche", "Blu-ray Disc")
        .noneMatch(t -> t.contains("-based") || t.contains("-born"));
    assertThat(TagExtractor.hyphenModifier("Oscar-nominated")).isTrue();
    assertThat(TagExtractor.hyphenModifier("Car-maker")).isTrue();
    assertThat(TagExtractor.hyphenModifier("Trouble-hit")).isTrue();
    assertThat(TagExtractor.hyphenModifier("Fit-again")).isTrue();
    assertThat(TagExtractor.hyphenModifier("Twenty-two")).isTrue();
    assertThat(TagExtractor.hyphenModifier("Wi-fi")).isFalse();
    assertThat(TagExtractor.hyphenModifier("Blu-ray")).isFalse();
    assertThat(TagExtractor.hyphenModifier("Rolls-Royce")).isFalse();
  }

  @Test
  void onAfterAnInstrumentIsInsideItsName() {
    List<List<String>> tags = tag(List.of(article(1, "Detention ruling", """
        Judges said the law broke the European Convention on Human Rights, as Anna Berg argued.

        Anna Berg said the European Convention on Human Rights was clear. She met Tom Dale
        on Radio Wey, and Tom Dale on Radio Wey agreed.
        """)));
    assertThat(tags.get(0)).contains("European Convention on Human Rights", "Tom Dale",
        "Radio Wey").doesNotContain("Human Rights", "European Convention");
  }

  @Test
  void aRegionAdjectiveIsNoTagAndANamedCountryItsHint() {
    Article a = article(1, "Card firm rescued", """
        Creditors of LG Card agreed a rescue, the S Korean regulator said. North American and
        Eastern European banks stayed out; S Korean lenders led the deal.

        LG Card shares rose. North American investors were calm, and London Irish fans too.
        London Irish won.
        """);
    assertThat(tag(List.of(a)).get(0)).contains("LG Card", "London Irish")
        .doesNotContain("S Korean", "North American", "Eastern European");
    assertThat(new TagExtractor().candidates(a).countryHints()).containsEntry("South Korea", 2);
  }

  @Test
  void aSurnameOpeningWithAParticleIsShortForTheFullName() {
    List<List<String>> tags = tag(List.of(article(1, "De Niro film tops chart", """
        Film star Robert De Niro is back at the top of the box office with his thriller.

        The film starring De Niro took $22m, and De Niro thanked fans. Hicham El Guerrouj,
        a fan, said El Guerrouj would see it twice.
        """)));
    assertThat(tags.get(0)).contains("Robert De Niro", "Hicham El Guerrouj")
        .doesNotContain("De Niro", "El Guerrouj");
  }

  @Test
  void aShortenedWeekdayIsNoName() {
    List<List<String>> tags = tag(List.of(article(1, "Fixtures", """
        Worcester v Saracens (Fri), then Worcester v Leeds (Fri) again. Worcester lead.

        Saracens host Leeds on Thu.
        """)));
    assertThat(tags.get(0)).contains("Worcester").doesNotContain("Fri", "Thu");
  }

  @Test
  void spellingsThatDifferInOfForAndFoldIntoOne() {
    assertThat(ArchiveTagger.foldSpellings(List.of(List.of("Office for National Statistics"),
        List.of("Office of National Statistics"), List.of("Office for National Statistics"),
        List.of("Securities & Exchange Commission"),
        List.of("Securities and Exchange Commission"),
        List.of("Securities and Exchange Commission"))))
        .containsEntry("Office of National Statistics", "Office for National Statistics")
        .containsEntry("Securities & Exchange Commission", "Securities and Exchange Commission");
    assertThat(ArchiveTagger.foldKey("Bank of England"))
        .isNotEqualTo(ArchiveTagger.foldKey("England"));
  }

  @Test
  void allBeforeAGroupMidSentenceIsPartOfItsName() {
    List<List<String>> tags = tag(List.of(article(1, "Lomu returns", """
        Jonah Lomu may play for the All Blacks again, the coach of the All Blacks said.

        Fans sang All Shook Up. Jonah Lomu smiled and the crowd sang All Shook Up again.
        """)));
    assertThat(tags.get(0)).contains("Jonah Lomu", "All Blacks")
        .doesNotContain("Blacks", "All Shook");
  }

  @Test
  void aPluralOfAWordEndingInIFoldsOnlyWhenTheSingularIsInUse() {
    assertThat(ArchiveTagger.foldSpellings(List.of(List.of("Nazi", "Paris"), List.of("Nazis"),
        List.of("Nazi", "Davis"))))
        .containsEntry("Nazis", "Nazi").containsEntry("Paris", "Paris")
        .containsEntry("Davis", "Davis");
  }

  @Test
  void theFirstPartOfAHyphenatedSurnameIsShortForTheFullName() {
    List<List<String>> tags = tag(List.of(article(1, "New party launched", """
        Former host Robert Kilroy-Silk has launched a party, and Kilroy said it would win.

        Voters cheered Kilroy in Derby, where Robert Kilroy-Silk spoke for an hour.
        """)));
    assertThat(tags.get(0)).contains("Robert Kilroy-Silk").doesNotContain("Kilroy");
  }

  @Test
  void aPartysNicknamesAreOneEntityUnderItsName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Tories outline plans", """
        The Tories have set out plans, and the Conservatives said the Tory plan was costed.

        The Lib Dems and the Liberal Democrat leader disagreed.
        """)).names();
    assertThat(names).containsKeys("Conservatives", "Liberal Democrats")
        .doesNotContainKeys("Tories", "Tory", "Lib Dems", "Liberal Democrat");
    assertThat(names.get("Conservatives").mentions()).isEqualTo(4);
  }

  @Test
  void aFirmsLegalFormIsNoPartOfItsTag() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Deal",
        "Shares in ABC Inc rose after ABC said News Corp had agreed, as Acme Ltd did.\n")).names();
    assertThat(names).containsKeys("ABC", "News Corp", "Acme")
        .doesNotContainKeys("ABC Inc", "Acme Ltd");
    assertThat(names.get("ABC").mentions()).isEqualTo(2);
  }

  @Test
  void theLawLordsAreABodyAndLabourLordsAreNoName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Ruling",
        "The ruling by the Law Lords angered Labour Lords and the Lords.\n")).names();
    assertThat(names).containsKey("Law Lords").doesNotContainKeys("Labour Lords", "Lords");
  }

  @Test
  void aNameTheClosingParagraphsComeBackToIsATagAndOneNamedOnceThereIsNot() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Cinemas go digital", """
        Northfield Film Board will pay for digital projectors in small cinemas.

        Northfield Film Board said the money would reach towns without an art-house screen.

        The projectors arrive next year, and film clubs welcomed the plan.

        Prices for tickets will not change, the board said.

        Older projectors will be sold to collectors.

        The Digital Screen Group will fit them. Sam Odell, who runs a cinema, said the Digital
        Screen Group had done it before, and Ann Lee agreed.
        """));
    all.addAll(fillers(3));
    assertThat(tag(all).get(0)).contains("Northfield Film Board", "Digital Screen Group")
        .doesNotContain("Sam Odell", "Ann Lee");
  }

  @Test
  void aPartyOrACountryIsNoSurnameOfALongerName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Speech",
        """
        In a speech, Tony Blair said New Labour had changed and that Labour would win. Later
        Mr Blair met Labour members.
        """)).names();
    assertThat(names).containsKeys("Tony Blair", "New Labour", "Labour")
        .doesNotContainKey("Blair");
    assertThat(names.get("Labour").mentions()).isEqualTo(2);
    assertThat(names.get("Tony Blair").mentions()).isEqualTo(2);
    assertThat(names.get("New Labour").mentions()).isEqualTo(1);
  }

  @Test
  void aDayOfTheCalendarIsNoTag() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Christmas trading", """
        Northfield Stores said Christmas sales rose, and the Boxing Day sale drew crowds.

        Northfield Stores expects Christmas to matter less, since the Boxing Day rush and New
        Year offers now run for weeks, Sam Odell said. Christmas was quiet, Sam Odell added.
        """));
    all.addAll(fillers(3));
    assertThat(tag(all).get(0)).contains("Northfield Stores", "Sam Odell")
        .doesNotContain("Christmas", "Boxing Day", "New Year");
  }

  @Test
  void aModifierInsideARunAndAnExPrefixAreNoPartOfTheName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Ban",
        """
        The San Francisco-based Zelco laboratory was charged, and Ex-Northfield Council chief
        Ann Lee said so.
        """)).names();
    assertThat(names).containsKeys("Zelco", "Northfield Council", "Ann Lee")
        .doesNotContainKeys("San Francisco-based Zelco", "Ex-Northfield Council");
  }

  @Test
  void aPeerIsTitleAndSurnameAndAnHonorificsTwoWordSurnameJoinsTheFullName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Gallery",
        """
        The show was opened by Baroness Susan Okafor. Charles Saumarez Odell, the gallery's
        director, said he was delighted.

        As Baroness Okafor agreed, Mr Saumarez Odell said visitors came, Mr Saumarez Odell
        added, and Sir Alan Budd was there.
        """)).names();
    assertThat(names).containsKeys("Baroness Okafor", "Charles Saumarez Odell", "Alan Budd")
        .doesNotContainKeys("Baroness Susan Okafor", "Susan Okafor", "Saumarez Odell");
    assertThat(names.get("Baroness Okafor").mentions()).isEqualTo(2);
    assertThat(names.get("Charles Saumarez Odell").mentions()).isEqualTo(3);
  }

  @Test
  void aSideIsItsCountryAndStarOpensAName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Rugby",
        """
        He was picked for the England XV, and he watched the Star Wars films.
        """)).names();
    assertThat(names).containsKeys("England", "Star Wars")
        .doesNotContainKeys("England XV", "Wars");
  }

  @Test
  void aLongFormInBracketsWithAnAcronymInsideIsTheAcronymsName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Awards",
        """
        Sprinters won the Owens Awards, USA Track & Field's (USATF) top honour. They were given
        at the USATF meeting, as the UK Independence Party (UKIP) met; UKIP said so.
        """)).names();
    assertThat(names).containsKeys("USA Track & Field", "UK Independence Party")
        .doesNotContainKeys("USATF", "UKIP", "USA Track & Field's");
    // The long form, the bracketed acronym and the acronym after: as for "UKIP".
    assertThat(names.get("USA Track & Field").mentions()).isEqualTo(3);
  }

  @Test
  void aDefinedLongFormShedsWhatIsInFrontAndALowerCaseOneIsNoName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Doping",
        """
        A hearing at the North American Court of Arbitration for Sport (CAS) banned her, said
        Tom Reyes, Director General of the British Chambers of Commerce (BCC). Sales of digital
        video recorders (DVR) rose; the CAS and the BCC agreed, and DVR makers too. A
        role-playing game (RPG) sold well, and RPG fans said so.
        """)).names();
    assertThat(names).containsKeys("Court of Arbitration for Sport",
        "British Chambers of Commerce", "Tom Reyes")
        .doesNotContainKeys("North American Court of Arbitration", "Sport", "CAS", "BCC", "DVR",
            "RPG",
            "Director General of the British Chambers of Commerce");
    assertThat(names.get("Court of Arbitration for Sport").mentions()).isEqualTo(3);
  }

  @Test
  void anOfficeOfABodyNamesTheBodyAndAGovernmentIsNoOffice() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Rates",
        """
        The Governor of the Bank of Northfield spoke, as did the Secretary of State, and the
        Scottish Executive replied.
        """)).names();
    assertThat(names).containsKeys("Bank of Northfield", "Scottish Executive")
        .doesNotContainKeys("Governor of the Bank of Northfield", "State");
  }

  @Test
  void aBrandIsNoShortFormOfItsModel() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Virus",
        """
        The virus hits Windows XP. Zapp said Windows users and Windows XP owners should update.
        """)).names();
    assertThat(names).containsKeys("Windows", "Windows XP");
    assertThat(names.get("Windows").mentions()).isEqualTo(1);
  }

  @Test
  void aBodyThenAPersonAndAKnownNameAndAnotherAreSplitAcrossTheArchive() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Housing plans", """
        The Northfield Audit Committee warned about the plans.

        Chairman of the Northfield Audit Committee Peter Okafor said the plans were weak. The
        show's host also produces the Golden Gong and Northfield Music Awards.
        """));
    for (int i = 0; i < 3; i++) {
      all.add(article(10 + i, "Awards " + i, "The Golden Gong was handed out. Many watched.\n"));
    }
    List<List<String>> tags = tag(all);
    TagExtractor.Candidates c = new TagExtractor().candidates(all.get(0));
    ArchiveTagger.Archive archive = ArchiveTagger.Counted.of(all.stream()
        .map(a -> new ArchiveTagger(6, TagRules.none()).prepare(a))
        .toArray(ArchiveTagger.Prepared[]::new)).archive();
    Map<String, TagExtractor.Stats> resolved = archive.resolve(c).names();
    assertThat(resolved).containsKeys("Northfield Audit Committee", "Peter Okafor", "Golden Gong",
        "Northfield Music Awards")
        .doesNotContainKeys("Northfield Audit Committee Peter Okafor",
            "Golden Gong and Northfield Music Awards");
    assertThat(tags.get(0)).contains("Northfield Audit Committee");
  }

  @Test
  void aFirstNameAfterWhoSomeoneIsToThemIsNoName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Obituary",
        """
        As Tom Reyes died at home, days after his wife Audrey, his guide dog Lucy was with him, and
        his son Sam Reyes said so.
        """)).names();
    assertThat(names).containsKeys("Tom Reyes", "Sam Reyes")
        .doesNotContainKeys("Audrey", "Lucy", "Ann");
    Map<String, TagExtractor.Stats> more = new TagExtractor().candidates(article(2, "Awards",
        """
        His ex-model wife, Ann, said the PC Pro award and TV reviews pleased them.
        """)).names();
    assertThat(more).containsKey("PC Pro").doesNotContainKeys("Ann", "Pro", "TV");
  }

  @Test
  void aCountryIsNoShortFormOfANameEndingInIt() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Kenya lifts ban", """
        Athletics Kenya (AK) said so, and officials in Kenya agreed with AK.
        """)).names();
    assertThat(names).containsKeys("Athletics Kenya", "Kenya");
    assertThat(names.get("Kenya").mentions()).isEqualTo(2); // the headline and the text
    assertThat(names.get("Athletics Kenya").mentions()).isEqualTo(3);
  }

  @Test
  void anHonorificInsideARunOpensAPersonsNameUnlessInAQuotedTitle() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Visit",
        """
        On a visit to Northland Mr Okafor said the film 'No More Mr Nasty' was fine, and Mr
        Okafor left.
        """)).names();
    assertThat(names).containsKeys("Northland", "Okafor", "No More Mr Nasty")
        .doesNotContainKey("Northland Mr Okafor");
    assertThat(names.get("Okafor").mentions()).isEqualTo(2);
  }

  @Test
  void aNameTheTextCallsByItsLastNounCountsThoseMentions() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Peers vote on the bill", """
        Critics attacked the Northland Care Bill before it reached the House of Lords.

        Ministers said the bill was fair. Peers said the bill was not, and the Baking Society
        agreed.
        """)).names();
    // Twice "the bill" after the name, not the headline's before it.
    assertThat(names.get("Northland Care Bill").mentions()).isEqualTo(3);
    assertThat(names.get("Northland Care Bill").headline()).isFalse();
    assertThat(names.get("Northland Care Bill").paragraphs()).isEqualTo(2);
    assertThat(names.get("Baking Society").mentions()).isEqualTo(1);
    Map<String, TagExtractor.Stats> two = new TagExtractor().candidates(article(2, "Cups",
        """
        The Northland Cup and the Southland Cup were drawn, and the cup holders were pleased.
        """)).names();
    assertThat(two.get("Northland Cup").mentions()).isEqualTo(1);
    assertThat(two.get("Southland Cup").mentions()).isEqualTo(1);
  }

  @Test
  void aFixturesWeekdayInBracketsIsNoName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Preview: Northfield v Southfield (Sun)", """
        Fans expect Northfield to beat Southfield, as The Sun reported (Sat).
        """)).names();
    assertThat(names).containsKeys("Northfield", "Southfield", "The Sun")
        .doesNotContainKeys("Sun", "Sat");
  }

  @Test
  void anArticleWithManyNamesKeepsTheOnesItNamesFirst() {
    StringBuilder teams = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      // Joined by words, not commas: a line-up's names are no mentions at all (teamList).
      teams.append(i == 0 ? "" : " met ").append("A Aardvark").append((char) ('a' + i % 26))
          .append(i / 26 == 0 ? "" : "x");
    }
    Article a = article(1, "Match preview", "The holders face the Northland Shield final at"
        + " Southfield Park.\n\nTeams: " + teams + ".\n");
    Map<String, TagExtractor.Stats> all = new TagExtractor().candidates(a).names();
    assertThat(all.size()).isGreaterThan(ArchiveTagger.CANDIDATES_KEPT);
    Map<String, TagExtractor.Stats> kept = new ArchiveTagger(6, TagRules.none()).prepare(a)
        .candidates().names();
    assertThat(kept).hasSize(ArchiveTagger.CANDIDATES_KEPT)
        .containsKeys("Northland Shield", "Southfield Park");
  }

  @Test
  void aSentenceCaseHeadlineNamesTheLongerNameItsLowerCaseWordsGoOnWith() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "Northport film festival battles on", """
        The Northport International Film Festival opened, beside the Northport Film Market.

        Buyers at the Northport Film Market were few, and the Northport Film Market closed.
        """)).names();
    assertThat(names.get("Northport International Film Festival").headline()).isTrue();
    assertThat(names.get("Northport Film Market").headline()).isFalse();
    assertThat(names).doesNotContainKey("Northport");
  }

  @Test
  void aPeersTitleOrABodysAndOpeningASentenceStaysInTheName() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Peer speaks on banks", """
        Lord Okafor spoke. Industrial and Commercial Bank shares fell, and Lord Okafor left.
        """));
    for (int i = 0; i < 3; i++) {
      all.add(article(10 + i, "Notes " + i, "The lord of the manor said industrial output"
          + " rose, and a commercial bank lent more.\n"));
    }
    TagExtractor.Candidates c = new TagExtractor().candidates(all.get(0));
    ArchiveTagger.Archive archive = ArchiveTagger.Counted.of(all.stream()
        .map(a -> new ArchiveTagger(6, TagRules.none()).prepare(a))
        .toArray(ArchiveTagger.Prepared[]::new)).archive();
    Map<String, TagExtractor.Stats> resolved = archive.resolve(c).names();
    assertThat(resolved).containsKeys("Lord Okafor", "Industrial and Commercial Bank")
        .doesNotContainKeys("Okafor", "Commercial Bank");
    assertThat(resolved.get("Lord Okafor").mentions()).isEqualTo(2);
  }

  @Test
  void aNameWrittenOnceWithItsRegionIsTheFullNameOfTheShorter() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Survey",
        """
        The Digital Life Index ranks homes. "The European Digital Life Index shows it," a
        researcher said of the Digital Life Index, and the Brazilian Ronaldo agreed with Ronaldo.
        """)).names();
    assertThat(names).containsKey("European Digital Life Index")
        .doesNotContainKey("Digital Life Index");
    assertThat(names.get("European Digital Life Index").mentions()).isEqualTo(3);
    assertThat(names).containsKey("Ronaldo").doesNotContainKey("Brazilian Ronaldo");
  }

  @Test
  void aTitleAfterWhatTheWorkIsIsReadWholeWithItsSmallWords() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Films",
        """
        The festival opens with the period epic Man to Man, and his film Hide and Seek follows.
        In his new book, Lawless World, he says the film Hotel Northland and the BBC agreed,
        and the film Beanstalk in Birmingham and the film Ray and Mike Leigh's work were shown.
        """)).names();
    assertThat(names).containsKeys("Man to Man", "Hide and Seek", "Lawless World",
        "Hotel Northland", "BBC", "Beanstalk", "Birmingham", "Ray", "Mike Leigh")
        .doesNotContainKeys("Man", "Hide", "Seek", "Hotel Northland and the BBC",
            "Beanstalk in Birmingham", "Ray and Mike Leigh");
  }

  @Test
  void aNameOfDigitsAndLowerCaseLettersIsFoundButNotAQuantity() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Watch",
        """
        Firms using 3ami software spent 5bn in 63secs on the 21st, and 3ami said 24hours.
        """)).names();
    assertThat(names).containsKey("3ami").doesNotContainKeys("5bn", "63secs", "21st", "24hours");
    assertThat(names.get("3ami").mentions()).isEqualTo(2);
  }

  @Test
  void theUsAloneIsTheCountryAndNoShortFormOfANameItOpens() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1,
        "US trade gap widens", """
        The gap between US exports and imports widened, the US Anti-Doping Agency said, and
        the US's trading partners watched the US.
        """)).names();
    assertThat(names).containsKey("US Anti-Doping Agency");
    assertThat(names.get("US Anti-Doping Agency").mentions()).isEqualTo(1);
    // The headline opens a sentence, so its "US" is sure only through the text's.
    assertThat(names.get("US").mentions()).isEqualTo(4);
  }

  @Test
  void ampersandsJuniorsProductLinesAndTeamListAffiliations() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Deals",
        """
        Citigroup sold Travelers Life & Annuity, and Charles Evans Jr sued. Mr Evans won.

        The DS sold well beside Nintendo DS games, Mario Kart DS and Rayman DS; the DS leads.

        He named Dimitri Yachvili (Biarritz), Pierre Mignoni (Clermont), Damien Traille
        (Biarritz), Jean Bon (Biarritz) and the Northfield Policy Committee (NPC).
        """)).names();
    assertThat(names).containsKeys("Travelers Life & Annuity", "Charles Evans Jr", "DS",
        "Nintendo DS", "Dimitri Yachvili", "Northfield Policy Committee")
        .doesNotContainKeys("Travelers Life", "Annuity", "Evans", "Biarritz", "Clermont");
    assertThat(names.get("Charles Evans Jr").mentions()).isEqualTo(2);
    assertThat(names.get("DS").mentions()).isEqualTo(2);
    assertThat(names.get("Northfield Policy Committee").mentions()).isEqualTo(2);
  }

  @Test
  void euroInAHeadlineAndALanguageAreNoTags() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Console given Euro date", """
        Nintendo will launch the console in Europe, Nintendo said. The Euro date is March.

        Its Hindi manual, Nintendo said, is the first in Hindi.
        """));
    all.addAll(fillers(3));
    assertThat(tag(all).get(0)).contains("Nintendo").doesNotContain("Euro", "Hindi");
  }

  @Test
  void aShortSouthIsTheCountryAndEuropeanHintsAtEurope() {
    TagExtractor.Candidates c = new TagExtractor().candidates(article(1, "S Africa win", """
        Fans in S Africa cheered, as European fans and Europeans did in Europe.
        """));
    assertThat(c.names()).containsKeys("South Africa", "Europe").doesNotContainKey("S Africa");
    assertThat(c.names().get("South Africa").mentions()).isEqualTo(2);
    assertThat(c.countryHints()).containsEntry("Europe", 2);
  }

  @Test
  void twoNamesOfOneCountryInAnArticleAreOneEntity() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Trade",
        """
        Exports from Britain rose, the UK said, and Britain's ministers agreed with America and
        the US.
        """)).names();
    assertThat(names).containsKeys("Britain", "US").doesNotContainKeys("UK", "America");
    assertThat(names.get("Britain").mentions()).isEqualTo(3);
    assertThat(names.get("US").mentions()).isEqualTo(2);
  }

  @Test
  void aNameMadeAModifierByAHyphenIsNoName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Show",
        """
        A new Lit Idol contest, a Pop Idol-style search, was run by a San Francisco-based firm.
        """)).names();
    assertThat(names).containsKey("Lit Idol")
        .doesNotContainKeys("Pop Idol-style", "Pop Idol", "San Francisco-based", "San Francisco");
  }

  @Test
  void anInitialsFullStopEndsNoSentenceAndBillMayBeAFirstName() {
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(article(1, "Notes",
        """
        It was, said Xbox frontman J. Allard, and George W. Bush agreed with J.K. Rowling on
        Plan B. The end. One analyst spoke. Bill Armstrong, a retail analyst, said so, and Mr
        Armstrong and Mr Allard left.
        """)).names();
    assertThat(names).containsKeys("J Allard", "George W Bush", "J.K Rowling", "Plan B",
        "Bill Armstrong")
        .doesNotContainKeys("George W", "Allard", "Armstrong", "Plan B The");
    assertThat(names.get("J Allard").mentions()).isEqualTo(2);
    assertThat(names.get("Bill Armstrong").mentions()).isEqualTo(2);
  }

  @Test
  void aBodysNameOpeningASentenceKeepsAFirstWordTheArchiveWritesInLowerCase() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Union warns", """
        Factory Workers Union leaders met. Members of the Northfield Society agreed. Factory
        Workers Union members walked out.
        """));
    for (int i = 0; i < 3; i++) {
      all.add(article(10 + i, "Notes " + i, "The factory and its members met the Northfield"
          + " Society.\n"));
    }
    TagExtractor.Candidates c = new TagExtractor().candidates(all.get(0));
    ArchiveTagger.Archive archive = ArchiveTagger.Counted.of(all.stream()
        .map(a -> new ArchiveTagger(6, TagRules.none()).prepare(a))
        .toArray(ArchiveTagger.Prepared[]::new)).archive();
    Map<String, TagExtractor.Stats> resolved = archive.resolve(c).names();
    assertThat(resolved).containsKeys("Factory Workers Union", "Northfield Society")
        .doesNotContainKeys("Workers Union", "Members of the Northfield Society");
    assertThat(resolved.get("Factory Workers Union").mentions()).isEqualTo(2);
  }

  @Test
  void aRareSurnameOpeningSentencesCountsForThePersonNamedInFull() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Singer joins chart show", """
        A chart show will feature a stage musical next week, producers said.

        Mario Kombou, who plays the lead on stage, will sing on Friday. Kombou is likely to
        appear again. Kombou plays the part every night. Strathclyde Police are on duty. Police
        said the theatre was full.
        """));
    for (int i = 0; i < 3; i++) {
      all.add(article(10 + i, "Notes " + i, "The police said the roads were quiet and the"
          + " market opened on time.\n"));
    }
    TagExtractor.Candidates c = new TagExtractor().candidates(all.get(0));
    ArchiveTagger.Archive archive = ArchiveTagger.Counted.of(all.stream()
        .map(a -> new ArchiveTagger(6, TagRules.none()).prepare(a))
        .toArray(ArchiveTagger.Prepared[]::new)).archive();
    Map<String, TagExtractor.Stats> resolved = archive.resolve(c).names();
    assertThat(resolved.get("Mario Kombou").mentions()).isEqualTo(3);
    assertThat(resolved.get("Strathclyde Police").mentions()).isEqualTo(1);
    assertThat(tag(all).get(0)).contains("Mario Kombou").doesNotContain("Kombou");
  }

  @Test
  void anArticleWithFewTagsTakesTheBodiesItIntroducesByTheirKind() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Beckham virus spotted on the net", """
        Virus writers are trading on interest in David Beckham to spread their wares.

        Anyone visiting the site will not see Mr Beckham. Tennis player Anna Kournikova has been
        used before. "It might catch people out," said Graham Cluley from anti-virus firm Sophos.
        His rival Greg Rusedski was not named.
        """));
    all.addAll(fillers(3));
    Map<String, TagExtractor.Stats> names = new TagExtractor().candidates(all.get(0)).names();
    assertThat(names.get("Sophos").introduced()).isTrue();
    assertThat(names.get("Greg Rusedski").introduced()).isFalse();
    assertThat(names.get("Anna Kournikova").introduced()).isFalse();
    assertThat(tag(all).get(0)).contains("David Beckham", "Sophos")
        .doesNotContain("Anna Kournikova", "Greg Rusedski");
  }

  @Test
  void aBodyIntroducedByItsKindIsANameThoughTheArchiveWritesTheWordInLowerCase() {
    List<Article> all = new ArrayList<>();
    all.add(article(1, "Philips sells plant", """
        Shares in Philips rose as it agreed to sell its Welsh plant.

        Staff at Philips were told the plant goes to Japanese manufacturer Sharp.
        """));
    for (int i = 0; i < 6; i++) {
      all.add(article(10 + i, "Notes " + i, "A sharp fall in sales was seen and the market"
          + " opened on time.\n"));
    }
    assertThat(tag(all).get(0)).contains("Philips", "Sharp");
  }
}
