package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link RawArticleParser#withoutTrailing} strips what the expressions it replaced stripped. */
class TrailingRunPropertyTest {
  private static final Pattern CLOSERS_AT_END = Pattern.compile("[\"'”’)\\]\\s]+$");
  private static final Pattern CLOSERS_OR_EMPHASIS_AT_END =
      Pattern.compile("[\"'”’)\\]*_\\s]+$");

  @Property(tries = 2000)
  void stripsWhatTheExpressionsStripped(@ForAll("endings") String s) {
    assertThat(RawArticleParser.withoutTrailing(s, RawArticleParser.CLOSERS)).as("%s", s)
        .isEqualTo(CLOSERS_AT_END.matcher(s).replaceAll(""));
    assertThat(RawArticleParser.withoutTrailing(s, RawArticleParser.CLOSERS_OR_EMPHASIS))
        .as("%s", s).isEqualTo(CLOSERS_OR_EMPHASIS_AT_END.matcher(s).replaceAll(""));
  }

  @Provide
  Arbitrary<String> endings() {
    return Arbitraries.of("word", "Said.", " ", "\t", "\n", "\r", "\r\n", "\u0085", "\u2028",
        "\u2029", "\u00A0", "\"", "'", "”", "’", ")", "]", "*", "_", "(", ".", "…")
        .list().ofMaxSize(12).map(l -> String.join("", l));
  }
}
