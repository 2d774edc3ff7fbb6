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
    List<SourceFile> files = new ContentWalker(CORPUS).walk(CORPUS, problem -> {}).stream()
        .filter(SourceFile::isRawText).toList();
    assertThat(files).hasSizeGreaterThan(2000);
    Roundtrip roundtrip = new Roundtrip(work);
    List<String> failures = new ArrayList<>();
    for (SourceFile f : files) {
      failures.addAll(roundtrip.check(f));
    }
    assertThat(failures).as("first failures: %s", failures.stream().limit(5).toList()).isEmpty();
  }

  @Test
  void everyCorpusFileGetsASensibleTitleAndSummary() {
    assumeTrue(Files.isDirectory(CORPUS), "corpus not present at " + CORPUS);
    ArticleReader reader = new ArticleReader(dev.gazette.config.SiteConfig.defaults());
    List<String> failures = new ArrayList<>();
    for (SourceFile f : new ContentWalker(CORPUS).walk(CORPUS, problem -> {})) {
      if (!f.isRawText()) {
        continue;
      }
      ReadResult r = reader.read(f);
      if (r.article().isEmpty()) {
        failures.add(f.name() + ": not read: " + r.problems());
        continue;
      }
      var a = r.article().get();
      int words = a.title().isBlank() ? 0 : a.title().split("\\s+").length;
      if (words == 0 || words > 25 || a.title().equals("Untitled")
          || a.title().endsWith(".") && !a.title().endsWith("...")) {
        failures.add(f.name() + ": title '" + a.title() + "'");
      }
      if (a.summary().isBlank() || a.summary().length() > 401 || a.summary().equals(a.title())) {
        failures.add(f.name() + ": summary '" + a.summary() + "'");
      }
      if ((a.title() + a.summary() + a.body()).indexOf('\uFFFD') >= 0) {
        failures.add(f.name() + ": replacement character");
      }
    }
    assertThat(failures).isEmpty();
  }
}
