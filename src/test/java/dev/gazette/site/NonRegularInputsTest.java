package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named pipe where Gazette reads a file waited for a writer for ever: the build hung. Such a
 * configuration file or template is now an error naming it; in the content folder, a warning.
 * Every build here is bounded, so a hang fails the test instead of stopping the suite.
 */
class NonRegularInputsTest {
  private static final Duration BOUND = Duration.ofSeconds(30);
  private static final String ARTICLE = "-- content/2024-01-01-a.md --\n---\ntitle: A story\n---\n"
      + "Its text.\n";

  private static void mkfifo(Path p) throws IOException, InterruptedException {
    Files.createDirectories(p.getParent());
    Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
  }

  private static TestSite.Run build(TestSite site) {
    return assertTimeoutPreemptively(BOUND, () -> site.build());
  }

  @Test
  void aPipeAsTheConfigurationIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, ARTICLE);
    mkfifo(site.path("gazette.yaml"));
    TestSite.Run run = build(site);
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("gazette.yaml: is not a regular file");
  }

  @Test
  void aPipeAsTheTagRulesIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, ARTICLE);
    mkfifo(site.path("tags.yaml"));
    TestSite.Run run = build(site);
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("tags.yaml: is not a regular file");
  }

  @Test
  void aPipeAsATemplateIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, ARTICLE);
    mkfifo(site.path("templates/article.peb"));
    TestSite.Run run = build(site);
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("templates/article.peb: is not a regular file");
  }

  @Test
  void aPipeInTheContentFolderIsSkippedWithAWarning(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, ARTICLE);
    mkfifo(site.path("content/2024-01-02-pipe.md"));
    TestSite.Run run = build(site).assertOk();
    assertThat(run.err()).contains("content/2024-01-02-pipe.md: warning: is not a regular file");
    assertThat(site.read("site/2024/01/a/index.html")).contains("A story");
  }

  @Test
  void aLinkLoopInTheContentFolderIsCalledOne(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, ARTICLE);
    Files.createSymbolicLink(site.path("content/2024-01-03-self.md"),
        Path.of("2024-01-03-self.md"));
    Files.createSymbolicLink(site.path("content/2024-01-04-ping.md"),
        Path.of("2024-01-05-pong.md"));
    Files.createSymbolicLink(site.path("content/2024-01-05-pong.md"),
        Path.of("2024-01-04-ping.md"));
    Files.createSymbolicLink(site.path("content/2024-01-06-gone.md"),
        Path.of("2024-01-07-missing.md"));
    TestSite.Run run = build(site).assertOk();
    assertThat(run.err()).contains("content/2024-01-03-self.md: warning: is a link loop")
        .contains("content/2024-01-04-ping.md: warning: is a link loop")
        .contains("content/2024-01-05-pong.md: warning: is a link loop")
        .contains("content/2024-01-06-gone.md: warning: is a link to a file that does not"
            + " exist");
  }
}
