package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that made {@code normalize} fail, or stop, before it reached the others: a hand-written
 * Markdown file that is not UTF-8, a name so long that the temporary file's name was too long,
 * a name that the file-name encoding of a C locale cannot hold.
 */
class NormalizeAwkwardFilesTest {
  private static final String STORY = "A story in town\n\nSomething happened in town today.\n";

  @Test
  void aHandWrittenMarkdownFileInLatin1IsKeptAndTheOthersAreNormalized(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, "-- content/2024-01-01-plain.txt --\n" + STORY
        + "-- content/2024-01-02-hand.txt --\n" + STORY);
    byte[] latin1 = "---\ntitle: Le café\n---\nÀ Montréal, déjà.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    site.writeBytes("content/2024-01-02-hand.md", latin1);

    TestSite.Run run = site.run("normalize").assertOk();

    assertThat(run.out()).contains("1 written").contains("1 kept as hand-written")
        .contains("0 failed");
    assertThat(run.err()).contains("content/2024-01-02-hand.md:1: warning: was not written by"
        + " normalize").doesNotContain("Exception");
    assertThat(Files.readAllBytes(site.path("content/2024-01-02-hand.md"))).isEqualTo(latin1);
    assertThat(site.read("content/2024-01-01-plain.md")).contains("title: A story in town");
  }

  @Test
  void aRawFileWithA251ByteNameIsNormalized(@TempDir Path dir) throws IOException {
    String base = "2024-01-01-" + "a".repeat(236);
    assertThat((base + ".txt").getBytes(StandardCharsets.UTF_8)).hasSize(251);
    TestSite site = TestSite.write(dir, "-- content/" + base + ".txt --\n" + STORY);

    TestSite.Run run = site.run("normalize").assertOk();

    assertThat(run.out()).contains("1 written").contains("0 failed");
    assertThat(site.read("content/" + base + ".md")).contains("title: A story in town");
    assertThat(site.files("content")).containsExactlyInAnyOrder(base + ".txt", base + ".md");
  }

  @Test
  void underTheCLocaleANameItCannotEncodeIsReportedAndTheOthersAreNormalized(
      @TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, "-- content/2024-01-01-plain.txt --\n" + STORY
        + "-- content/2024-01-02-café.txt --\n" + STORY
        + "-- content/2024-01-03-zebra.txt --\n" + STORY
        + "-- content/2024-01-04-déjà.txt --\n" + STORY
        + "-- content/2024-01-04-déjà.md --\n---\ntitle: Written by hand\n---\nText.\n");
    List<String> cLocale = List.of("LANG=C", "LC_ALL=C");
    assumeTrue(childProperty(cLocale, "sun.jnu.encoding").equals("ANSI_X3.4-1968"),
        "a C locale gives Java an ASCII file-name encoding here");

    String[] result = assertTimeoutPreemptively(Duration.ofMinutes(2),
        () -> runChild(cLocale, "normalize", "--root", site.root().toString()));

    String output = result[1];
    assertThat(output).contains("2024-01-02-caf").contains("file name")
        .doesNotContain("InvalidPathException").doesNotContain("unexpected failure");
    assertThat(output).contains("2 written").contains("1 failed");
    assertThat(site.read("content/2024-01-01-plain.md")).contains("title: A story in town");
    assertThat(site.read("content/2024-01-03-zebra.md")).contains("title: A story in town");
    assertThat(result[0]).isEqualTo("1");
  }

  /** Runs Gazette in a new JVM with the given environment: its exit code and output. */
  private static String[] runChild(List<String> env, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-cp",
        System.getProperty("java.class.path"), "dev.gazette.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    for (String kv : env) {
      pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("gazette did not finish");
    }
    return new String[] {String.valueOf(p.exitValue()), new String(out, StandardCharsets.UTF_8)};
  }

  private static String childProperty(List<String> env, String name) throws Exception {
    List<String> command = List.of(javaBinary(), "-XshowSettings:properties", "-version");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    for (String kv : env) {
      pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    try (Stream<String> lines = out.lines()) {
      return lines.map(String::strip).filter(l -> l.startsWith(name + " = "))
          .map(l -> l.substring(name.length() + 3)).findFirst().orElse("");
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
