package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real news corpus (../shared/corpus, never copied into the project): every file becomes an
 * article with a title and summary, no line is lost, normalizing twice changes nothing. Skipped
 * when the corpus is absent, as in a fresh clone.
 */
class CorpusNormalizationTest {
  static final Path CORPUS = Path.of("").toAbsolutePath().resolve("../shared/corpus").normalize();

  @Test
  void everyCorpusFileRoundTrips(@TempDir Path work) {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
    List<SourceFile> files = new ContentWalker(CORPUS).walk(CORPUS).stream()
        .filter(SourceFile::isRawText).toList();
    assertThat(files).hasSizeGreaterThan(2000);
    Roundtrip roundtrip = new Roundtrip(work);
    List<String> failures = new ArrayList<>();
    for (SourceFile f : files) {
      failures.addAll(roundtrip.check(f));
    }
    assertThat(failures).as("first failures: %s", failures.stream().limit(5).toList()).isEmpty();
  }
}
