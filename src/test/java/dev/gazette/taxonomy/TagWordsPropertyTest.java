package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.NewsCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link WordScanner} finds, at the same places, what the expression it replaced found. */
class TagWordsPropertyTest {
  private static final Pattern WORD = Pattern.compile(
      "[\\p{Lu}\\p{Lt}][\\p{L}\\p{M}\\p{Nd}'’.&-]*[\\p{L}\\p{M}\\p{Nd}]|[\\p{Lu}\\p{Lt}]"
      + "|\\p{Ll}+\\p{Lu}[\\p{L}\\p{Nd}]*|\\p{Nd}+\\p{Lu}[\\p{L}\\p{Nd}]*"
      + "|[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsArabic}\\p{IsHebrew}"
      + "\\p{IsThai}\\p{IsDevanagari}\\p{M}]+"
      + "|[\\p{Ll}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'’-]*"
      + "|&|[.!?:;,\"“”()\\[\\]—–\\n]|(?<=\\s)-(?=\\s)");

  static List<String> byExpression(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
    }
    return out;
  }

  static List<String> byScan(String text) {
    List<String> out = new ArrayList<>();
    WordScanner m = new WordScanner(text);
    while (m.find()) {
      out.add(m.start() + ":" + m.group());
      assertThat(m.end()).isEqualTo(m.start() + m.group().length());
    }
    return out;
  }

  @Property(tries = 3000)
  void findsWhatTheExpressionFound(@ForAll("text") String text) {
    assertThat(byScan(text)).as("%s", text).isEqualTo(byExpression(text));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of("Tony", "Blair", "iPod", "iPhone3", "G8", "3ami", "3d", "42", "O'Neil",
        "O’Neil", "U.S.", "AT&T", "Jean-Paul", "-", " - ", "--", "&", ".", "!", "?", ":", ";", ",",
        "\"", "“", "”", "(", ")", "[", "]", "—", "–", "\n", " ", "\t", "'", "’", "Zoë",
        "e\u0301", "\u0301", "ǅ", "ǅa", "Москва", "москва", "東京", "ひらがな", "カタカナ", "한국",
        "القاهرة", "٣", "עברית", "ไทย", "दिल्ली", "\uD835\uDC00", "🙂", "\uD800", "ʰ", "ß",
        "£", "$5", "50%", "x", "Q", "a", "A")
        .list().ofMaxSize(14).map(l -> String.join(l.size() % 3 == 0 ? " " : "", l));
  }

  @Test
  void findsWhatTheExpressionFoundOnTheNewsCorpus() throws IOException {
    for (Path f : NewsCorpus.texts(600)) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      assertThat(byScan(text)).as("%s", f).isEqualTo(byExpression(text));
    }
  }
}
