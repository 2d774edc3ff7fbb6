package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated raw articles of every shape the parser knows, and arbitrary junk: no non-blank line
 * is ever lost, and normalizing twice changes nothing.
 */
class NormalizationPropertyTest {
  private static Path work;

  @BeforeContainer
  static void createWork() throws IOException {
    work = Files.createTempDirectory("gazette-properties");
  }

  @AfterContainer
  static void deleteWork() throws IOException {
    try (var files = Files.walk(work)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Property(tries = 400)
  void noLineIsLostAndNormalizingTwiceChangesNothing(@ForAll("rawArticles") String text,
      @ForAll("fileNames") String fileName) throws IOException {
    Path file = work.resolve(fileName);
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    try {
      List<String> failures = new Roundtrip(work).check(new SourceFile(file, fileName));
      assertThat(failures).as("input %s", visible(text)).isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 200)
  void cleaningIsIdempotent(@ForAll("rawArticles") String text) {
    String once = TextCleaner.clean(text);
    assertThat(TextCleaner.clean(once)).isEqualTo(once);
  }

  @Provide
  Arbitrary<String> fileNames() {
    return Arbitraries.of("story.txt", "2024-06-23-story.txt", "001_abc.txt");
  }

  @Provide
  Arbitrary<String> rawArticles() {
    Arbitrary<String> line = Arbitraries.oneOf(sentence(), headline(), caption(), dateLine(),
        listLine(), quote(), junk());
    Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n \n",
        "\n\t\n");
    return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(14),
        separator.list().ofSize(14)).as((lines, seps) -> {
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append(seps.get(i));
          }
          return out.toString();
        });
  }

  private static Arbitrary<String> word() {
    return Arbitraries.of("the", "King", "council", "voted", "£5m", "“really”", "don't",
        "Harry's", "in", "of", "Montecito", "2024", "on", "café", "AOL", "Tuesday", "June",
        "23", "said", "a", "new", "deal", "&amp;", "&#163;1m", "Photo", "pictured", "iTunes",
        "(left)", "—", "U.S.", "3.5%", "naïve", "Zürich", "\u00A0", "\u200B");
  }

  private static Arbitrary<String> words(int min, int max) {
    return word().list().ofMinSize(min).ofMaxSize(max).map(w -> String.join(" ", w));
  }

  private static Arbitrary<String> sentence() {
    return Combinators.combine(words(3, 30), Arbitraries.of(".", "!", "?", ".”", "", ":"))
        .as((w, end) -> capitalize(w) + end);
  }

  private static Arbitrary<String> headline() {
    return words(2, 10).map(w -> capitalize(w));
  }

  private static Arbitrary<String> caption() {
    return Combinators.combine(words(4, 20), Arbitraries.of(". Photo / Getty Images",
        " (pictured in Norfolk)", "", ". Picture: AP")).as((w, c) -> capitalize(w) + c);
  }

  private static Arbitrary<String> dateLine() {
    return Arbitraries.of("date 2024-06-23", "Date: 23 June 2024", "Published: June 23, 2024",
        "2024-06-23T10:00:00Z", "23/06/2024", "Updated 1 May 2023 - Story", "On 4 January 2026",
        "yesterday");
  }

  private static Arbitrary<String> listLine() {
    return Combinators.combine(Arbitraries.of("- ", "* ", "• ", "1. ", "2. ", "3) "),
        words(1, 12)).as((m, w) -> m + w);
  }

  private static Arbitrary<String> quote() {
    return Combinators.combine(Arbitraries.of("“", "'", "\"", "‘"), words(2, 20))
        .as((q, w) -> q + capitalize(w));
  }

  private static Arbitrary<String> junk() {
    return Arbitraries.strings().ofMaxLength(40).map(s -> s.replace('\0', ' '));
  }

  /** The input with invisible characters written as escapes, to reproduce a failure. */
  private static String visible(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp > 0x7E) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
