package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.Problem;
import dev.gazette.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `build` prints: warnings by kind when there are many, and where a long build is. */
class BuildOutputTest {

  @Test
  void problemsOfOneKindShareAKindWhateverTheirParticulars() {
    Problem a = Problem.warning("content/a.txt", 3, "slug 'x' is already used by"
        + " content/2004/b.txt; this article is published as 'x-2'");
    Problem b = Problem.warning("content/c.txt", 0, "slug 'yes-no' is already used by"
        + " content/d.md; this article is published as 'yes-no-2'");
    assertThat(a.kind()).isEqualTo(b.kind()).contains("is already used by")
        .doesNotContain("x-2");
    assertThat(Problem.warning("f", 0, "not valid UTF-8; decoded as windows-1252").kind())
        .contains("UTF-8").contains("windows-1252");
    assertThat(Problem.warning("f", 0, "line 12 is 9000 characters long").kind())
        .isEqualTo(Problem.warning("g", 0, "line 4 is 700 characters long").kind())
        .isNotEqualTo(Problem.error("g", 0, "line 4 is 700 characters long").kind());
  }

  @Test
  void manyWarningsAreCountedByKindWithAnExampleAndVerboseListsThemAll(@TempDir Path dir) {
    StringBuilder files = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      // No title in the front matter: a warning for each.
      files.append("-- content/2024-01-").append(String.format("%02d", 1 + i % 28))
          .append("-s").append(i).append(".md --\n---\ntags: [Town]\n---\nBody ")
          .append(i).append(".\n");
    }
    files.append("-- content/2024-02-01-broken.md --\n---\ntitle: [unclosed\n---\nBody.\n");
    TestSite site = TestSite.write(dir, files.toString());
    TestSite.Run run = site.build();
    assertThat(run.err()).contains("     40  warning: no … in front matter; using …")
        .contains("e.g. content/2024-01-01-s0.md").contains("--verbose lists them all")
        .contains("2024-02-01-broken.md:2: error:");
    assertThat(run.err().lines().filter(l -> l.contains("in front matter"))).hasSize(2);
    TestSite.Run verbose = site.build("--verbose");
    assertThat(verbose.err().lines().filter(l -> l.contains("in front matter"))).hasSize(40);
  }

  @Test
  void withoutATerminalOnlyStepsOfASecondOrMoreGetALine() {
    StringWriter text = new StringWriter();
    try (StepProgress progress = StepProgress.forOutput(new PrintWriter(text))) {
      progress.started("read");
      progress.finished("read", Duration.ofMillis(2500));
      progress.started("tags");
      progress.finished("tags", Duration.ofMillis(40));
    }
    assertThat(text.toString()).isEqualTo("  read: 2.5 s" + System.lineSeparator());
  }
}
