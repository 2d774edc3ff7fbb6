package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Controls, bidirectional overrides and non-characters never reach an article's title, summary
 * or body, whichever kind of file they come from. Found by {@link RawTextFuzzTest} and {@link
 * FrontMatterFuzzTest}; their seeds {@code bidi-and-noncharacters.txt} and {@code
 * empty-front-matter.md} hold the same inputs.
 */
class InvisibleCharactersTest {
  private final ArticleReader reader = new ArticleReader(SiteConfig.defaults());

  @Test
  void aRawHeadlineWithAnOverrideNormalizesToAFileThatReadsBackTheSame(@TempDir Path dir)
      throws IOException {
    Path txt = dir.resolve("story.txt");
    Files.writeString(txt, "\u202EEvil headline override\n\nBody with \u202E override,"
        + " \uFFFE non-character, \uFDD0 and \uDBFF\uDFFF more.\n", StandardCharsets.UTF_8);
    SourceFile source = new SourceFile(txt, "content/story.txt");

    Article a = reader.read(source).article().orElseThrow();
    assertThat(a.title()).isEqualTo("Evil headline override");
    assertThat(a.body()).isEqualTo("Body with override, non-character, and more.\n");
    // before: the title kept U+202E, and reading the normalized file removed it with a warning
    assertThat(new Roundtrip(dir).check(source)).isEmpty();
  }

  @Test
  void characterReferencesToInvisibleCharactersAreNotDecoded() {
    assertThat(TextCleaner.clean("a&#8238;b &#x202e;c &#127;d &#133;e &#xFFFE;f &#1;g &#163;"))
        .isEqualTo("a&#8238;b &#x202e;c &#127;d &#133;e &#xFFFE;f &#1;g £");
    assertThat(TextCleaner.clean("&#x1D800;")).isEqualTo("\uD836\uDC00"); // not a surrogate
  }

  @Test
  void aMarkdownBodyLosesControlsAndOverridesWithAWarningNamingTheLine(@TempDir Path dir)
      throws IOException {
    Path md = dir.resolve("story.md");
    Files.writeString(md, "---\n---\n# Title \u0001 from \u202E the body\n\nSummary \u0007 from"
        + " the body.\n", StandardCharsets.UTF_8);

    ReadResult read = reader.read(new SourceFile(md, "content/story.md"));
    Article a = read.article().orElseThrow();
    assertThat(a.title()).isEqualTo("Title from the body");
    assertThat(a.summary()).isEqualTo("Summary from the body.");
    assertThat(a.body()).isEqualTo("# Title  from  the body\n\nSummary  from the body.\n");
    assertThat(read.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.location()).isEqualTo("content/story.md:3");
      assertThat(p.message()).contains("3 control", "(first U+0001); removed");
    });
  }
}
