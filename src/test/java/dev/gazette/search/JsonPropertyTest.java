package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Json#string} escapes as the character-by-character writer it replaced did. */
class JsonPropertyTest {
  static String oneByOne(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '<' -> b.append("\\u003c");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }

  @Property(tries = 2000)
  void escapesAsBefore(@ForAll("text") String s) {
    assertThat(Json.string(new StringBuilder(), s).toString()).isEqualTo(oneByOne(s));
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of("a", "Zoë", "\"", "\\", "\n", "\r", "\t", "<", "</script>", "\u2028",
        "\u2029", "\u0000", "\u001f", " ", "東京", "\uD83D\uDE42").list().ofMaxSize(12)
        .map(l -> String.join("", l));
  }
}
