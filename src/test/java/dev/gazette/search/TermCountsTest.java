package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Counting terms as they are scanned gives the counts of {@link Terms#terms}, term by term. */
class TermCountsTest {

  /** The counts as {@link Terms#terms} gives the words: the definition the counter follows. */
  static TermCounts expected(Article a, String text) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    int length = 0;
    for (String t : Terms.terms(text)) {
      counts.computeIfAbsent(t, k -> new int[2])[0]++;
      length++;
    }
    for (String t : Terms.terms(a.title())) {
      counts.computeIfAbsent(t, k -> new int[2])[1]++;
      length++;
    }
    String[] terms = counts.keySet().toArray(new String[0]);
    int[] packed = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      int[] c = counts.get(terms[i]);
      packed[i] = TermCounts.pack(c[0], c[1]);
    }
    return new TermCounts(terms, packed, Math.max(1, length));
  }

  static Article article(String title) {
    return new Article("content/a.txt", new Slug("a"), title, Optional.empty(),
        DateSource.NONE, List.of(), "", "", false, "x");
  }

  @Test
  void randomTextsInManyScriptsCountAsTheWordListDoes() {
    Random random = new Random(9);
    String[] pieces = {"Zoë", "zoe", "ZOE", "e\u0301", "\u0301", "ß", "SS", "İstanbul", "42",
        "½", "東京", "🙂", "\uD835\uDC00", "\uD800", " ", "-", "'", "’", ".", "\n", "a", "Q",
        "the", "The", "THE", "and", "straße", "naïve", "x²", "ǅ", "ʰ", "Œuvre", "x".repeat(40),
        "y".repeat(41), "ab", "Ab", "aB", "don", "ll", "Blair", "blair", "BLAIR", "Ñandú"};
    for (int round = 0; round < 20_000; round++) {
      String title = text(random, pieces, 6);
      String body = text(random, pieces, random.nextInt(4) == 0 ? 400 : 30);
      Article a = article(title);
      assertThat(TermCounts.of(a, body)).as("title %s, body %s", title, body)
          .isEqualTo(expected(a, body));
    }
  }

  @Test
  void aLongTextGrowsItsTableAndKeepsFirstSeenOrder() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      b.append("word").append(i % 700).append(i % 3 == 0 ? " the " : " ");
    }
    Article a = article("Word7 and word699");
    TermCounts counts = TermCounts.of(a, b.toString());
    assertThat(counts).isEqualTo(expected(a, b.toString()));
    assertThat(counts.terms()).hasSize(700).startsWith("word0", "word1");
  }

  @Test
  void theBbcTextsCountAsTheWordListDoes() throws IOException {
    Path corpus = Path.of("../shared/corpus/bbc");
    Assumptions.assumeTrue(Files.isDirectory(corpus), "no corpus beside the project");
    int seen = 0;
    try (Stream<Path> files = Files.walk(corpus)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        int cut = text.indexOf('\n');
        Article a = article(cut < 0 ? text : text.substring(0, cut));
        assertThat(TermCounts.of(a, text)).as("%s", f).isEqualTo(expected(a, text));
        seen++;
      }
    }
    assertThat(seen).isGreaterThan(2000);
  }

  private static String text(Random random, String[] pieces, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
