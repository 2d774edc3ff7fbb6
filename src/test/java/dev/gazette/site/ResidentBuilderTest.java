package dev.gazette.site;

import static dev.gazette.site.IncrementalBuildTest.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.engine.Fingerprints;
import dev.gazette.engine.ReadCache;
import dev.gazette.source.SourceFile;
import java.util.stream.Stream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder {@code serve} keeps alive: every build starts from what the last one read, gives
 * the bytes a clean build gives, and leaves a read cache a later {@code build} can use.
 */
class ResidentBuilderTest {

  /** A site of {@code articles} random articles, ready for random edits. */
  private static IncrementalBuildTest.EditSequence archive(Path dir, long seed, int pageSize,
      int articles) {
    IncrementalBuildTest.EditSequence seq = new IncrementalBuildTest.EditSequence(
        new Random(seed), dev.gazette.testing.TestSite.write(dir,
            "-- gazette.yaml --\ntitle: Resident\npage_size: " + pageSize + "\n"));
    for (int i = 0; i < articles; i++) {
      seq.addArticle();
    }
    return seq;
  }

  @Test
  void eachBuildGivesTheCleanBuildsBytesAndTheCacheIsSavedOnClose(@TempDir Path dir)
      throws IOException {
    IncrementalBuildTest.EditSequence seq = archive(dir, 11, 2, 14);
    SiteBuilder resident = SiteBuilder.resident();
    try {
      resident.build(BuildOptions.defaults(dir));
      for (int step = 0; step < 24; step++) {
        String edit = seq.randomEdit();
        BuildReport report = resident.build(BuildOptions.defaults(dir));
        assertThat(tree(dir.resolve("site"))).as("step %d (%s)", step, edit)
            .isEqualTo(IncrementalBuildTest.cleanTree(dir));
        assertThat(report.errors()).isZero();
      }
    } finally {
      resident.close();
    }
    // What the resident builder read is on disk, for every file as it is now.
    ReadCache cache = ReadCache.load(dir.resolve(BuildOptions.CACHE_DIR),
        Fingerprints.reading(SiteInputs.loadConfig(BuildOptions.defaults(dir))));
    try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(f).toString();
        assertThat(cache.lookup(new SourceFile(f, name))).as(name).isPresent();
      }
    }
    assertThat(new SiteBuilder().build(BuildOptions.defaults(dir)).rendered()).isZero();
  }

  @Test
  void aPreviewStartedOnTheTaggingALastBuildSavedGivesTheCleanBuildsBytes(@TempDir Path dir)
      throws IOException {
    IncrementalBuildTest.EditSequence seq = archive(dir, 23, 3, 16);
    for (int round = 0; round < 6; round++) {
      // A `build`, then edits while no preview runs, then a preview whose first build takes
      // the tags that build chose where they still hold, then edits it follows from memory.
      new SiteBuilder().build(BuildOptions.defaults(dir));
      String before = seq.randomEdit();
      SiteBuilder resident = SiteBuilder.resident();
      try {
        resident.build(BuildOptions.defaults(dir));
        assertThat(tree(dir.resolve("site"))).as("round %d, first build after %s", round, before)
            .isEqualTo(IncrementalBuildTest.cleanTree(dir));
        for (int step = 0; step < 3; step++) {
          String edit = seq.randomEdit();
          resident.build(BuildOptions.defaults(dir));
          assertThat(tree(dir.resolve("site"))).as("round %d, step %d (%s)", round, step, edit)
              .isEqualTo(IncrementalBuildTest.cleanTree(dir));
        }
      } finally {
        resident.close();
      }
    }
  }

  @Test
  void aBuildThatFailsLeavesTheLastGoodBuildsSaveOwedAndCloseMakesIt(@TempDir Path dir)
      throws IOException {
    IncrementalBuildTest.EditSequence seq = new IncrementalBuildTest.EditSequence(new Random(12),
        dev.gazette.testing.TestSite.write(dir, ""));
    for (int i = 0; i < 6; i++) {
      seq.addArticle();
    }
    java.util.concurrent.atomic.AtomicBoolean failWrites =
        new java.util.concurrent.atomic.AtomicBoolean();
    SiteBuilder resident = SiteBuilder.resident(file -> {
      if (failWrites.get()) {
        throw new IllegalStateException("disk full (as the test says) at " + file);
      }
    });
    try {
      assertThat(resident.build(BuildOptions.defaults(dir)).errors()).isZero();
      // The next build cancels the first one's pending save, then fails.
      failWrites.set(true);
      seq.addArticle();
      org.assertj.core.api.Assertions.assertThatThrownBy(
          () -> resident.build(BuildOptions.defaults(dir))).hasMessageContaining("disk full");
      failWrites.set(false);
    } finally {
      resident.close();
    }
    ReadCache cache = ReadCache.load(dir.resolve(BuildOptions.CACHE_DIR),
        Fingerprints.reading(SiteInputs.loadConfig(BuildOptions.defaults(dir))));
    long found;
    try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
      found = files.filter(Files::isRegularFile)
          .filter(f -> cache.lookup(new SourceFile(f, dir.relativize(f).toString())).isPresent())
          .count();
    }
    // Every file the first build read (not the one added for the build that failed).
    assertThat(found).isEqualTo(6);
  }
}
