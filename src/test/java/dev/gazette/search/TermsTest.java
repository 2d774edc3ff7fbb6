package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Folding as a reader types: the form a word is stored in is the form its spellings find. */
class TermsTest {

  @Test
  void aGreekWordTypedInCapitalsIsStillAPrefixOfTheLongerWord() {
    // Lower-cased, a closing capital sigma is final (ς) and a medial one is not (σ): "ΟΔΟΣ",
    // typed on the way to "ΟΔΟΣΤΡΩΜΑ", must still complete to it; and the two lower-casings
    // (Java's, the browser's) disagree on when a sigma is final, so neither may decide.
    assertThat(Terms.fold("ΟΔΟΣΤΡΩΜΑ")).startsWith(Terms.fold("ΟΔΟΣ"));
    assertThat(Terms.fold("ΟΔΟΣ")).isEqualTo(Terms.fold("οδοσ")).isEqualTo(Terms.fold("οδός"));
    assertThat(Terms.words("ʰΣ ªΣ")).containsExactly("hσ", "aσ");
  }

  @Test
  void ligaturesAndCompatibilityFormsFoldToTheLettersTyped() {
    // Text from typeset sources holds ligatures; East Asian input gives full-width letters.
    assertThat(Terms.words("ﬁnance ﬂoor oﬀice")).containsExactly("finance", "floor", "office");
    assertThat(Terms.words("ＡＢＣ ｶﾀｶﾅ")).containsExactly("abc", Terms.fold("カタカナ"));
    assertThat(Terms.words("ſtate 𝐁𝐥𝐚𝐢𝐫 x²")).containsExactly("state", "blair", "x2");
    // Unchanged: the letters spelled out, accents and dotless i.
    assertThat(Terms.words("Straße Œuvre Zoë Işık İstanbul"))
        .containsExactly("strasse", "oeuvre", "zoe", "isik", "istanbul");
  }
}
