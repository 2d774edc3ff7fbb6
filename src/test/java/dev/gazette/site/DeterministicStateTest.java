package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state files a build keeps in its cache folder are written in a fixed order: two clean
 * builds of one site give the same bytes. The related lists were written in the order of a map
 * filled on both cores, and the read cache named itself with a random number.
 */
class DeterministicStateTest {
  private static final String[] TAGS = {"Tony Blair", "Gordon Brown", "Michael Howard",
      "Charles Kennedy", "Jose Mourinho", "Arsene Wenger", "Thierry Henry", "Bill Gates",
      "Steve Jobs", "Kofi Annan", "Vladimir Putin", "George Bush"};

  @Test
  void twoCleanBuildsWriteTheSameStateFiles(@TempDir Path dir) throws IOException {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\ntitle: T\n");
    for (int i = 0; i < 150; i++) {
      spec.append("-- content/2024-").append(String.format("%02d-%02d", 1 + i % 12, 1 + i % 28))
          .append("-story-").append(i).append(".md --\n---\ntitle: Story ").append(i)
          .append("\ntags: [").append(TAGS[i % TAGS.length]).append(", ")
          .append(TAGS[(i * 7 + 3) % TAGS.length]).append(", ").append(TAGS[(i / 5) % TAGS.length])
          .append("]\n---\nStory ").append(i).append(" tells of ").append(TAGS[i % TAGS.length])
          .append(" and word").append(i % 17).append(" in town").append(i % 9).append(".\n\n")
          .append("Another paragraph with term").append(i % 31).append(".\n");
    }
    TestSite site = TestSite.write(dir, spec.toString());

    site.build("--out", dir.resolve("out-a").toString(), "--cache",
        dir.resolve("cache-a").toString()).assertOk();
    site.build("--out", dir.resolve("out-b").toString(), "--cache",
        dir.resolve("cache-b").toString()).assertOk();

    List<String> state = stateFiles(dir.resolve("cache-a"));
    assertThat(state).contains("read-cache.bin", "related-state.bin", "search-state.bin",
        "tagger-state.bin");
    assertThat(stateFiles(dir.resolve("cache-b"))).isEqualTo(state);
    List<String> differ = state.stream().filter(f -> !Arrays.equals(
        bytes(dir.resolve("cache-a").resolve(f)), bytes(dir.resolve("cache-b").resolve(f))))
        .toList();
    assertThat(differ).as("state files whose bytes differ").isEmpty();
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The .bin files: the manifest records the output folder and its files' times, by design. */
  private static List<String> stateFiles(Path cache) throws IOException {
    try (Stream<Path> files = Files.list(cache)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bin"))
          .sorted().toList();
    }
  }
}
