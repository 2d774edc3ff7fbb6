package dev.gazette.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass check of plain ASCII slugs accepts only what the full rules accept. */
class SlugValidityTest {

  @Test
  void theAsciiPassAgreesWithTheFullRules() {
    Random random = new Random(5);
    String alphabet = "abcz09-AZ_ .é–ДдĞ\u0301東";
    int plain = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(random.nextInt(10) == 0 ? 120 : 12);
      String letters = random.nextBoolean() ? "abz09-" : alphabet;
      for (int k = 0; k < length; k++) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      String value = b.toString();
      if (Slug.isPlainAscii(value)) {
        plain++;
        assertThat(Slug.isValidInGeneral(value)).as("'%s'", value).isTrue();
      }
      assertThat(Slug.isValid(value)).as("'%s'", value).isEqualTo(Slug.isValidInGeneral(value));
    }
    assertThat(plain).as("slugs the fast pass decided").isGreaterThan(20_000);
  }

  @Test
  void edgesOfThePlainForm() {
    for (String ok : List.of("a", "a-b", "2024", "x".repeat(80))) {
      assertThat(Slug.isValid(ok)).as(ok).isTrue();
    }
    for (String bad : List.of("", "-a", "a-", "a--b", "A", "a b", "x".repeat(81))) {
      assertThat(Slug.isValid(bad)).as(bad).isFalse();
    }
  }
}
