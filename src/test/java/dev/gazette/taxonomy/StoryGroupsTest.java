package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryGroupsTest {
  private static final Random WORDS = new Random(7);

  @Test
  void retoldStoriesGroupAndOthersStandAlone() {
    String story = prose(300);
    Article first = article("first", story, 1);
    Article retold = article("retold", story.replaceFirst("minister", "president") + " One more line on the talks.", 2);
    List<Article> articles = new ArrayList<>(List.of(first, retold));
    for (int i = 0; i < 40; i++) {
      articles.add(article("other-" + i, prose(300), 3 + i));
    }
    StoryGroups groups = StoryGroups.of(articles);
    assertThat(groups.groups()).containsExactly(List.of(first, retold));
    assertThat(groups.others(first)).containsExactly(retold);
    assertThat(groups.others(articles.get(5))).isEmpty();
  }

  @Test
  void similarityEstimatesSharedShingles() {
    String text = prose(400);
    String[] words = text.split(" ");
    String halfChanged = String.join(" ", java.util.Arrays.copyOf(words, 200)) + " "
        + prose(200);
    int[] a = StoryGroups.signature(article("a", text, 1));
    assertThat(StoryGroups.similarity(a, StoryGroups.signature(article("b", text, 2))))
        .isEqualTo(1.0);
    // 196 of the 596 distinct 5-shingles of the two are shared: a Jaccard index of about 0.33.
    assertThat(StoryGroups.similarity(a,
        StoryGroups.signature(article("c", halfChanged, 3)))).isBetween(0.15, 0.5);
    assertThat(StoryGroups.similarity(a, StoryGroups.signature(article("d", prose(400), 4))))
        .isLessThan(0.1);
  }

  @Test
  void shortBodiesHaveNoSignatureAndWordsIgnoreCaseAndPunctuation() {
    assertThat(StoryGroups.signature(article("s", "Too short to tell.", 1))).isNull();
    assertThat(StoryGroups.wordHashes("Zoë's, ZOË'S  zoë's 42"))
        .satisfies(h -> {
          assertThat(h).hasSize(7);
          assertThat(h[0]).isEqualTo(h[2]).isEqualTo(h[4]);
          assertThat(h[1]).isEqualTo(h[3]).isEqualTo(h[5]);
        });
  }

  @Test
  void wordHashesAreThoseOfTheUnicodeRulesOnAnyText() {
    java.util.Random r = new java.util.Random(17);
    String alphabet = "aZ09 .,'-\u00e9\u00cb\u0416\u0436\u0661\u4e2d\u00df\u0130\t\n"
        + "\ud835\udc00\ud801\udc00\ud83d\ude00\ud800";
    for (int n = 0; n < 2000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(StoryGroups.wordHashes(text)).as(text).isEqualTo(byUnicodeRules(text));
    }
  }

  /** Words as runs of letters and decimal digits, lower-cased: the rule, code point by code point. */
  private static long[] byUnicodeRules(String text) {
    java.util.List<Long> out = new java.util.ArrayList<>();
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
        if (!inWord) {
          h = 0xcbf29ce484222325L;
          inWord = true;
        }
        h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
      } else if (inWord) {
        out.add(h);
        inWord = false;
      }
    }
    if (inWord) {
      out.add(h);
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static String prose(int words) {
    String[] vocabulary = ("the minister said that talks on trade would resume after a week of"
        + " protests in the capital where police and crowds met again on monday night while"
        + " markets fell and banks closed early as officials warned of further delays").split(" ");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(vocabulary[WORDS.nextInt(vocabulary.length)]);
    }
    return b.toString();
  }

  private static Article article(String slug, String body, int day) {
    LocalDate date = LocalDate.of(2020, 1, 1).plusDays(day);
    return new Article("content/" + slug + ".md", new Slug(slug), slug, Optional.of(date),
        DateSource.FRONT_MATTER, List.of(), "", body, false, "0");
  }
}
