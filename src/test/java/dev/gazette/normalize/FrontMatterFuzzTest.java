package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import dev.gazette.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests for the front-matter reader. {@code mvn test} runs them on the committed seeds in
 * {@code src/test/resources/dev/gazette/normalize/FrontMatterFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes one of them (see the README, "What happens with bad input").
 */
class FrontMatterFuzzTest {
  private static final String NAME = "content/story.md";
  private static final ArticleReader READER = new ArticleReader(SiteConfig.defaults());
  private static final FrontMatterCodec CODEC = new FrontMatterCodec();
  private static Path work;

  @BeforeAll
  static void createWork() throws IOException {
    work = Files.createTempDirectory("gazette-fuzz-front-matter");
  }

  @AfterAll
  static void deleteWork() throws IOException {
    FuzzAssertions.deleteTree(work);
  }

  /**
   * Any bytes saved as {@code content/story.md}: reading never throws; every problem names the
   * file and a line of it; a file that gives no article says why with an error; an article has a
   * title, and its title, summary and tags hold nothing the reader itself would remove; a date
   * comes with where it was found.
   */
  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void read(byte[] input) throws IOException {
    Path file = work.resolve("story.md");
    Files.write(file, input);
    ReadResult read = READER.read(new SourceFile(file, NAME));
    int breaks = 0; // CR, LF or both end a line; in any encoding Gazette reads, one byte says so
    for (byte b : input) {
      breaks += b == '\n' || b == '\r' ? 1 : 0;
    }
    FuzzAssertions.assertProblemsName(NAME, read.problems(), breaks + 2);
    if (read.article().isEmpty()) {
      // An error, or the warning that leaves out an empty file (it fails no build).
      assertThat(read.problems()).as("a file without an article says why")
          .anyMatch(p -> p.severity() == Problem.Severity.ERROR
              || p.message().startsWith("file is empty"));
      return;
    }
    Article a = read.article().get();
    assertThat(a.title()).isNotBlank();
    FuzzAssertions.assertPrintable("title", a.title(), input);
    FuzzAssertions.assertPrintable("summary", a.summary(), input);
    Set<String> slugs = new HashSet<>();
    for (Tag t : a.tags()) {
      assertThat(t.name()).isNotBlank();
      FuzzAssertions.assertPrintable("tags", t.name(), input);
      assertThat(slugs.add(t.slug().value())).as("tags of one slug kept once: %s", a.tags())
          .isTrue();
    }
    assertThat(a.date().isPresent()).as("date and date source agree: %s", a.dateSource())
        .isEqualTo(a.dateSource() != DateSource.NONE);
    if (a.date().isEmpty()) {
      assertThat(read.dateConfidence()).isEqualTo(DateConfidence.NONE);
    }
  }

  /**
   * What the writer writes, the reader reads back unchanged: front-matter values (as the reader
   * leaves them: printable) and a body, written as {@code normalize} writes a file.
   *
   * <p>The input is split at NUL characters: title, summary, tags (separated by U+001F) and the
   * body (which may hold anything but CR, which the reader turns into LF).
   */
  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void writtenFrontMatterReadsBack(byte[] input) {
    String[] parts = new String(input, StandardCharsets.UTF_8).split("\0", 4);
    String title = clean("title", part(parts, 0));
    String summary = clean("summary", part(parts, 1));
    List<String> tags = new ArrayList<>();
    for (String t : part(parts, 2).split("\u001F")) {
      String tag = clean("tags", t).strip();
      if (!tag.isEmpty()) {
        tags.add(tag);
      }
    }
    String body = part(parts, 3).replace("\r", "");

    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("date", "2024-06-23");
    fields.put("date_source", DateSource.HEADER.key());
    fields.put("date_confidence", DateConfidence.HIGH.key());
    fields.put("tags", tags);
    String slug = Slug.of(title, "article").value();
    fields.put("slug", slug);
    fields.put("summary", summary);
    fields.put("source", "story.txt");
    fields.put("source_sha256", "0".repeat(64));
    String md = CODEC.write(fields, body);

    FrontMatterCodec.Split split;
    try {
      split = CODEC.split(NAME, md);
    } catch (ContentException e) {
      throw new AssertionError("the reader refuses what the writer wrote: " + e.problem()
          + "\n" + FuzzAssertions.visible(md), e);
    }
    String shown = FuzzAssertions.visible(md);
    FrontMatter fm = split.frontMatter();
    assertThat(split.warnings()).as(shown).isEmpty();
    assertThat(fm.title()).as("title in %s", shown).isEqualTo(Optional.of(title));
    assertThat(fm.summary()).as("summary in %s", shown).isEqualTo(Optional.of(summary));
    assertThat(fm.tags()).as("tags in %s", shown).isEqualTo(Optional.of(tags));
    assertThat(fm.date()).as("date in %s", shown).hasValue("2024-06-23");
    assertThat(fm.slug()).as("slug in %s", shown).hasValue(slug);
    assertThat(split.body()).as("body in %s", shown).isEqualTo(body);
  }

  private static String part(String[] parts, int i) {
    return i < parts.length ? parts[i] : "";
  }

  private static String clean(String key, String value) {
    return FrontMatterCodec.printable(NAME, 1, key, value, new ArrayList<>());
  }
}
