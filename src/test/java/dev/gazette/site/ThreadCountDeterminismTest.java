package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.bench.ArchiveGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same archive built by a JVM that sees one processor and by one that sees four gives the
 * same files, byte for byte: every parallel step (reading, tagging, related articles, story
 * groups, rendering, writing) must not let the thread count or scheduling leak into the output.
 * Each build runs in its own {@code java} process, since the processor count is fixed per JVM.
 */
class ThreadCountDeterminismTest {

  @Test
  void oneThreadAndFourThreadsGiveIdenticalSites(@TempDir Path dir) throws Exception {
    Path root = dir.resolve("site");
    // Synthetic text (no corpus folder is given): shared names make tags, related lists and
    // story groups, and 200 articles make paginated home, tag, year and month pages.
    ArchiveGenerator.write(200, root.resolve("content"), dir.resolve("no-corpus"));
    Process one = build(root, dir.resolve("one"), 1);
    Process four = build(root, dir.resolve("four"), 4);
    finished(one, 1);
    finished(four, 4);

    List<String> oneFiles = files(dir.resolve("one"));
    assertThat(oneFiles).hasSizeGreaterThan(200).isEqualTo(files(dir.resolve("four")));
    for (String f : oneFiles) {
      assertThat(Arrays.equals(Files.readAllBytes(dir.resolve("one").resolve(f)),
          Files.readAllBytes(dir.resolve("four").resolve(f)))).as(f).isTrue();
    }
  }

  private static Process build(Path root, Path out, int processors) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ActiveProcessorCount=" + processors, "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "dev.gazette.cli.Main",
        "build", "--clean", "--root", root.toString(), "--out", out.toString(),
        "--cache", out + ".cache"));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  private static void finished(Process p, int processors) throws InterruptedException {
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("build finished").isTrue();
    assertThat(p.exitValue()).as("exit code with %d processors", processors).isIn(0, 1);
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString())
          .filter(f -> !f.equals(".gazette-output")).sorted().toList();
    }
  }
}
