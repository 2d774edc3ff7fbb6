package dev.gazette.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The BBC news texts of {@code ../shared/corpus/bbc}, for tests that check a mechanism on real
 * articles; a test using them is skipped when the corpus is absent. Never copied into the project.
 */
public final class NewsCorpus {
  public static final Path DIR = Path.of("../shared/corpus/bbc");

  private NewsCorpus() {}

  /** The first {@code limit} text files in path order; skips the calling test without them. */
  public static List<Path> texts(int limit) throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DIR), DIR + " is absent");
    try (Stream<Path> walk = Files.walk(DIR)) {
      return walk.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
    }
  }
}
