package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestMemoTest {
  private static BuildManifest manifest(String file, long size) {
    Map<String, BuildManifest.Entry> entries = new TreeMap<>();
    entries.put(file, new BuildManifest.Entry("a".repeat(64), size, 1_000));
    return new BuildManifest(entries);
  }

  @Test
  void aManifestIsParsedOnceUntilItIsRewrittenAndStaysKnownWhenMoved(@TempDir Path dir)
      throws Exception {
    Path out = dir.resolve("site");
    Path file = dir.resolve("manifest.tsv");
    manifest("index.html", 10).write(file, out);
    ManifestMemo memo = new ManifestMemo();
    BuildManifest.Loaded first = memo.read(file, out);
    assertThat(first.manifest().get("index.html")).isPresent();
    assertThat(memo.read(file, out)).isSameAs(first);

    manifest("other.html", 12).write(file, out); // rewritten: another file
    BuildManifest.Loaded second = memo.read(file, out);
    assertThat(second).isNotSameAs(first);
    assertThat(second.manifest().get("index.html")).isEmpty();
    assertThat(second.manifest().get("other.html")).isPresent();

    Path moved = dir.resolve("manifest-previous.tsv");
    BuildManifest.move(file, moved);
    assertThat(memo.read(moved, out)).isSameAs(second);
    assertThat(memo.read(moved, dir.resolve("elsewhere")).state())
        .contains("another output folder");

    BuildManifest written = manifest("third.html", 3);
    written.write(file, out);
    memo.remember(file, out, written);
    assertThat(memo.read(file, out).manifest()).isSameAs(written);
    Files.delete(file);
    assertThat(memo.read(file, out).state()).isEqualTo("no manifest of an earlier build");
  }
}
