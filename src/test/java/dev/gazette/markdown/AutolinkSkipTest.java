package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.NewsCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Bodies parsed without the autolink pass where it has nothing to find render the same. */
class AutolinkSkipTest {
  private static final MarkdownRenderer SKIPPING =
      new MarkdownRenderer(MarkdownLimits.defaults(), true);
  private static final MarkdownRenderer ALWAYS =
      new MarkdownRenderer(MarkdownLimits.defaults(), false);

  @Property(tries = 1500)
  void rendersTheSameWithAndWithoutTheSkip(@ForAll("markdown") String markdown) {
    assertThat(SKIPPING.render(markdown, "a.md", 1)).as("%s", markdown)
        .isEqualTo(ALWAYS.render(markdown, "a.md", 1));
  }

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of("word", "Mr Smith", " ", "\n", "\n\n", "# ", "> ", "> [!CAPTION]\n",
        "- ", "1. ", "*", "_", "`", "[", "](", ")", "<", ">", "http", "https://example.com/a",
        "://", "www", "www.", "www.example.org", "WWW.EXAMPLE.ORG", "ftp:", "mailto:",
        "a@b.co", "@", "user@", "example.com", ":", "//", "|", "---", "\\", "&amp;", "<b>",
        "javascript:alert(1)", "[x](javascript:alert(1))", "<https://example.com>", "é", "東京")
        .list().ofMaxSize(25).map(l -> String.join("", l));
  }

  @Test
  void rendersTheNewsCorpusTheSame() throws IOException {
    for (Path f : NewsCorpus.texts(500)) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      assertThat(SKIPPING.render(text, f.toString(), 1)).as("%s", f)
          .isEqualTo(ALWAYS.render(text, f.toString(), 1));
    }
  }
}
