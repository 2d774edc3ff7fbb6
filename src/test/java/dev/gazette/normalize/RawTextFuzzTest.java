package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz test for the raw-text normalizer: any bytes saved as {@code content/story.txt} (odd
 * encodings, BOMs, CRLF, controls, Markdown syntax that must stay text). {@code mvn test} runs it
 * on the committed seeds in {@code src/test/resources/dev/gazette/normalize/RawTextFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes it (see the README, "What happens with bad input").
 *
 * <p>Asserted: reading never throws, and every problem names the file; a file that gives no
 * article says why with an error; an article's title and summary hold nothing the front-matter
 * reader would remove; the Markdown file {@code normalize} writes, read back by the front-matter
 * reader, gives the same title and date without a warning, and counts as unedited; no line of
 * the source is lost, and normalizing twice changes nothing ({@link Roundtrip}; for a file read
 * as raw text, not one that opens with a front-matter fence).
 */
class RawTextFuzzTest {
  private static final String NAME = "content/story.txt";
  private static final ArticleReader READER = new ArticleReader(SiteConfig.defaults());
  private static final FrontMatterCodec CODEC = new FrontMatterCodec();
  private static final NormalizedFile FILES = new NormalizedFile();
  private static Path work;

  @BeforeAll
  static void createWork() throws IOException {
    work = Files.createTempDirectory("gazette-fuzz-raw");
  }

  @AfterAll
  static void deleteWork() throws IOException {
    FuzzAssertions.deleteTree(work);
  }

  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void normalize(byte[] input) throws IOException {
    Path file = work.resolve("story.txt");
    Files.write(file, input);
    SourceFile source = new SourceFile(file, NAME);
    ReadResult read = READER.read(source);
    FuzzAssertions.assertProblemsName(NAME, read.problems(), Integer.MAX_VALUE);
    if (read.article().isEmpty()) {
      // An error, or the warning that leaves out an empty file (it fails no build).
      assertThat(read.problems()).as("a file without an article says why")
          .anyMatch(p -> p.severity() == Problem.Severity.ERROR
              || p.message().startsWith("file is empty"));
    } else {
      Article a = read.article().get();
      assertThat(a.title()).isNotBlank();
      FuzzAssertions.assertPrintable("title", a.title(), input);
      FuzzAssertions.assertPrintable("summary", a.summary(), input);

      String md = FILES.render(a, "story.txt", read.dateConfidence());
      FrontMatterCodec.Split split;
      try {
        split = CODEC.split("content/story.md", md);
      } catch (ContentException e) {
        throw new AssertionError("normalize wrote front matter its reader refuses: "
            + e.problem() + "\n" + md, e);
      }
      assertThat(split.warnings()).as("warnings reading back%n%s", md).isEmpty();
      assertThat(split.frontMatter().title()).as("title read back").hasValue(a.title());
      assertThat(split.frontMatter().date()).as("date read back")
          .isEqualTo(a.date().map(LocalDate::toString));
      assertThat(NormalizedFile.state(md)).isEqualTo(NormalizedFile.State.UNEDITED);
    }
    if (read.raw().isPresent()) {
      // read as raw text (a .txt opening with '---' is read as front matter and Markdown)
      List<String> failures = new Roundtrip(work).check(source);
      assertThat(failures).as("input %s", FuzzAssertions.visible(input)).isEmpty();
    }
  }
}
