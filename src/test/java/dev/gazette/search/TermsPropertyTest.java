package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The word scan of {@link Terms} finds the words the expression it replaced found. */
class TermsPropertyTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

  @Property(tries = 2000)
  void findsTheWordsTheExpressionFound(@ForAll("text") String text) {
    List<String> expected = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = Terms.fold(m.group());
      if (!w.isEmpty()) {
        expected.add(w);
      }
    }
    assertThat(Terms.words(text)).as("%s", text).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void asciiWordsFoldToLowerCaseAsTheFullFoldDoes(@ForAll("text") String text) {
    for (String w : text.split("[^A-Za-z0-9]+")) {
      assertThat(Terms.fold(w)).isEqualTo(Normalizer.normalize(w.toLowerCase(Locale.ROOT),
          Normalizer.Form.NFD));
    }
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of("Zoë", "zoe", "ZOË", "e\u0301", "\u0301", "ß", "İstanbul", "42", "½",
        "Ⅻ", "٣", "東京", "🙂", "\uD835\uDC00", "\uD800", " ", "-", "'", "’", ".", "\n", "a",
        "Q", "straße", "naïve", "x²", "ǅ", "ʰ")
        .list().ofMaxSize(15).map(l -> String.join("", l));
  }
}
