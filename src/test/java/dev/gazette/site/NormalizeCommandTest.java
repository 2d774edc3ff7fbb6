package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

  static TestSite seeds(Path dir) throws IOException {
    return SampleSiteTest.copyOfRepoSite(dir);
  }

  @Test
  void normalizeWritesMarkdownBesideEachRawFileAndLeavesTheRawFileAlone(@TempDir Path dir)
      throws IOException {
    TestSite site = seeds(dir);
    byte[] raw = Files.readAllBytes(site.path("content/000_7077d573df519b96.txt"));
    TestSite.Run run = site.run("normalize").assertOk();
    assertThat(run.out()).contains("3 written");
    assertThat(Files.readAllBytes(site.path("content/000_7077d573df519b96.txt")))
        .isEqualTo(raw);
    String md = site.read("content/000_7077d573df519b96.md");
    assertThat(md).startsWith("---\n").contains("date: 2024-06-23\n")
        .contains("date_source: header\n").contains("source: 000_7077d573df519b96.txt\n")
        .contains("source_sha256: ").contains("gazette_hash: ").contains("> [!CAPTION]");
  }

  @Test
  void normalizingTwiceChangesNothingAndTheBuildIsTheSame(@TempDir Path a, @TempDir Path b)
      throws IOException {
    TestSite site = seeds(a);
    site.run("normalize").assertOk();
    String first = site.read("content/001_2af5b2c2e0bb36fc.md");
    TestSite.Run again = site.run("normalize").assertOk();
    assertThat(again.out()).contains("0 written, 0 updated, 3 unchanged");
    assertThat(site.read("content/001_2af5b2c2e0bb36fc.md")).isEqualTo(first);

    TestSite raw = seeds(b);
    raw.build().assertOk();
    site.build().assertOk();
    assertThat(site.files("site")).isEqualTo(raw.files("site"));
    for (String f : raw.files("site")) {
      assertThat(site.read("site/" + f)).as(f).isEqualTo(raw.read("site/" + f));
    }
  }

  @Test
  void anEditedMarkdownFileIsNeverOverwritten(@TempDir Path dir) throws IOException {
    TestSite site = seeds(dir);
    site.run("normalize").assertOk();
    String edited = site.read("content/004_c17006d66646105e.md")
        .replaceFirst("title: .*", "title: My own title");
    site.writeFile("content/004_c17006d66646105e.md", edited);
    site.writeFile("content/004_c17006d66646105e.txt",
        site.read("content/004_c17006d66646105e.txt") + "\nA new closing line.\n");
    site.writeFile("content/hand.md", "---\ntitle: Hand made\n---\nMine.\n");
    site.writeFile("content/hand.txt", "Raw twin\n\nOf a hand-made file.\n");

    TestSite.Run run = site.run("normalize").assertOk();
    assertThat(run.err())
        .contains("content/004_c17006d66646105e.md:1: warning: was edited since it was"
            + " normalized from content/004_c17006d66646105e.txt; left as is")
        .contains("content/hand.md:1: warning: was not written by normalize; left as is");
    assertThat(site.read("content/004_c17006d66646105e.md")).isEqualTo(edited);
    assertThat(site.read("content/hand.md")).isEqualTo("---\ntitle: Hand made\n---\nMine.\n");

    site.build().assertOk();
    assertThat(site.html("site/index.html").select("ol.cards h2").eachText())
        .contains("My own title", "Hand made");
  }

  @Test
  void aChangedRawFileUpdatesItsUneditedMarkdown(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-05-06-story.txt --
        A headline here

        First paragraph of the story.
        """);
    site.run("normalize").assertOk();
    site.writeFile("content/2024-05-06-story.txt",
        "A better headline\n\nFirst paragraph of the story.\n");
    assertThat(site.run("normalize").assertOk().out()).contains("1 updated");
    assertThat(site.read("content/2024-05-06-story.md")).contains("title: A better headline");
  }

  @Test
  void aLinkPlantedWhereTheTemporaryFileWasIsNeverWrittenThrough(@TempDir Path dir,
      @TempDir Path outside) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-story.txt --
        A story told in Northfield

        Tomas Reyes spoke in Northfield on Friday.
        """);
    Path victim = outside.resolve("victim.txt");
    Files.writeString(victim, "not Gazette's\n");
    Files.createSymbolicLink(site.path("content/.2024-03-01-story.md.tmp"), victim);
    site.run("normalize").assertOk();
    assertThat(Files.readString(victim)).isEqualTo("not Gazette's\n");
    Path md = site.path("content/2024-03-01-story.md");
    assertThat(Files.isSymbolicLink(md)).isFalse();
    assertThat(Files.readString(md)).contains("Tomas Reyes spoke in Northfield");
    // The planted link is left as it was: Gazette did not make it.
    assertThat(Files.isSymbolicLink(site.path("content/.2024-03-01-story.md.tmp"))).isTrue();
  }

  @Test
  void aRawFileBehindItsMarkdownIsNotReadThroughALinkToAFileOutside(@TempDir Path dir,
      @TempDir Path outside) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-leak.txt --
        An ordinary story

        Nothing to see here.
        """);
    site.run("normalize").assertOk();
    // The raw file is swapped for a link to a secret beside a copy of the site's .md.
    Path secret = outside.resolve("secret.txt");
    Files.writeString(secret, "A secret title\n\nThe password is hunter2.\n");
    Files.delete(site.path("content/2024-03-01-leak.txt"));
    Files.createSymbolicLink(site.path("content/2024-03-01-leak.txt"), secret);
    site.run("normalize").assertOk();
    site.build().assertOk();
    assertThat(site.read("content/2024-03-01-leak.md")).doesNotContain("hunter2");
    for (String f : site.files("site")) {
      if (f.endsWith(".html") || f.endsWith(".xml") || f.endsWith(".json")) {
        assertThat(site.read("site/" + f)).as(f).doesNotContain("hunter2");
      }
    }
  }

  @Test
  void twoRawFilesOfOneNameGiveTheSameMarkdownOnEveryRun(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-01-a.txt --
        Lower story

        The lower one.
        -- content/2024-01-01-a.TXT --
        Upper story

        The upper one.
        """);
    org.junit.jupiter.api.Assumptions.assumeTrue(site.files("content").size() == 2,
        "a file system that tells a.txt from a.TXT");
    String first = null;
    for (int run = 0; run < 3; run++) {
      TestSite.Run r = site.run("normalize").assertOk();
      String md = site.read("content/2024-01-01-a.md");
      if (first == null) {
        first = md;
      }
      assertThat(md).as("run %d", run).isEqualTo(first);
      assertThat(r.out() + r.err()).as("run %d", run).contains("has the same name as")
          .doesNotContain("1 updated").doesNotContain("2 updated");
    }
  }

  @Test
  void aLinkOrAPipeWhereTheMarkdownGoesIsLeftAloneAndNothingWaits(@TempDir Path dir,
      @TempDir Path outside) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-linked.txt --
        A linked story

        Its text.
        -- content/2024-03-02-piped.txt --
        A piped story

        Its text.
        -- content/2024-03-03-plain.txt --
        A plain story

        Its text.
        """);
    Path dangling = outside.resolve("not-yet.md");
    Files.createSymbolicLink(site.path("content/2024-03-01-linked.md"), dangling);
    Process mkfifo = new ProcessBuilder("mkfifo", site.path("content/2024-03-02-piped.md")
        .toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(1),
        () -> {
          TestSite.Run r = site.run("normalize");
          assertThat(r.out() + r.err()).contains("2024-03-01-linked.md")
              .contains("2024-03-02-piped.md");
        });
    assertThat(Files.isSymbolicLink(site.path("content/2024-03-01-linked.md"))).isTrue();
    assertThat(dangling).doesNotExist();
    assertThat(site.read("content/2024-03-03-plain.md")).contains("A plain story");
  }
}
