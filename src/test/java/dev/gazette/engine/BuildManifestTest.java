package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest file: what is written is read back, and a damaged line refuses the whole file. */
class BuildManifestTest {

  @Test
  void whatIsWrittenIsReadBack(@TempDir Path dir) {
    Random random = new Random(3);
    Map<String, BuildManifest.Entry> entries = new HashMap<>();
    String[] parts = {"2024", "06", "tags", "zoë", "page 2", "東京", "a-b", "index.html", "x"};
    for (int i = 0; i < 2000; i++) {
      StringBuilder path = new StringBuilder();
      for (int k = 0; k <= random.nextInt(4); k++) {
        path.append(k == 0 ? "" : "/").append(parts[random.nextInt(parts.length)]);
      }
      path.append('/').append(i);
      entries.put(path.toString(), new BuildManifest.Entry(fingerprint(random),
          random.nextInt(1 << 20), 1_700_000_000_000L + random.nextInt()));
    }
    entries.put("bad\tname", new BuildManifest.Entry(fingerprint(random), 1, 2));
    Path out = dir.resolve("site");
    Path file = dir.resolve("m.tsv");
    new BuildManifest(entries).write(file, out);
    BuildManifest.Loaded read = BuildManifest.read(file, out);
    assertThat(read.state()).isEqualTo("incremental");
    entries.remove("bad\tname"); // not recordable: produced again next time
    assertThat(read.manifest().entries()).isEqualTo(entries);
  }

  @Test
  void aDamagedLineGivesNoManifest(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("site");
    Path file = dir.resolve("m.tsv");
    new BuildManifest(Map.of("a/index.html", new BuildManifest.Entry("f".repeat(64), 10, 20),
        "b/index.html", new BuildManifest.Entry("e".repeat(64), 30, 40))).write(file, out);
    List<String> good = Files.readAllLines(file);
    String[] damaged = {
        "f".repeat(63) + "\t10\t20\ta/index.html", // short fingerprint
        "f".repeat(64) + "\t10\t20\t", // no path
        "f".repeat(64) + "\t10\t20\ta\tb", // a tab in the path
        "f".repeat(64) + "\tten\t20\ta/index.html", // not a number
        "f".repeat(64) + "\t10\ta/index.html", // a field missing
        "f".repeat(64) + "\t10\t2x0\ta/index.html"};
    for (String line : damaged) {
      List<String> lines = new ArrayList<>(good);
      lines.set(2, line);
      Files.write(file, lines);
      BuildManifest.Loaded read = BuildManifest.read(file, out);
      assertThat(read.manifest().size()).as(line).isZero();
      assertThat(read.state()).as(line).contains("damaged").contains("line 3");
    }
  }

  private static String fingerprint(Random random) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 64; i++) {
      b.append(Character.forDigit(random.nextInt(16), 16));
    }
    return b.toString();
  }
}
