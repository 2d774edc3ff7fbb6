package dev.gazette.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.cli.Main;
import dev.gazette.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportQualityTest {

  @Test
  void qualityCommandPrintsLabelValueLines(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- articles/headed.txt --
        A proper headline

        Date: 23 June 2024

        Text of the first article.
        -- articles/2024-01-02-named.txt --
        Named by its file

        Text.
        -- articles/inferred.txt --
        The King went to church on January 4, 2026, it was reported, with the Queen and others.
        -- articles/nothing.txt --
        Just a headline

        And a paragraph without dates.
        -- articles/empty.txt --

        """);
    site.writeBytes("articles/photo.txt", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1});
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"quality", "--content", dir.resolve("articles").toString()},
        new PrintWriter(out, true), new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().lines().toList())
        .allMatch(l -> l.matches("[a-z][^:]*: [^:]+"), "label: value")
        .contains("files: 6", "articles read: 4", "skipped: 2",
            "skipped (file is empty (no text, or only white space)): 1",
            "skipped (is not a text file (it is a JPEG image)): 1",
            "with title: 100.0% (4 of 4)", "title derived from text: 1",
            "title from headline or front matter: 3", "date source header: 1",
            "date source filename: 1", "date source inferred: 1", "date source none: 1",
            "date confidence medium: 1", "date confidence high: 2")
        .anyMatch(l -> l.startsWith("time: ") && l.endsWith(" ms"));
  }
}
