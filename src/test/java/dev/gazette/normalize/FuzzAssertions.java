package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the normalize package's fuzz tests assert of every input. */
final class FuzzAssertions {
  private FuzzAssertions() {}

  /** Every problem names the file, a line in it (or 0 for the whole file) and what is wrong. */
  static void assertProblemsName(String file, List<Problem> problems, int lastLine) {
    for (Problem p : problems) {
      assertThat(p.file()).as("file of %s", p).isEqualTo(file);
      assertThat(p.line()).as("line of %s", p).isBetween(0, lastLine);
      assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
  }

  /**
   * The value holds nothing the front-matter reader removes (controls, bidirectional overrides,
   * non-characters, lone surrogates): what reaches a page is what is stored.
   */
  static void assertPrintable(String key, String value, byte[] input) {
    List<Problem> warnings = new ArrayList<>();
    String clean = FrontMatterCodec.printable("f", 1, key, value, warnings);
    if (!warnings.isEmpty()) {
      throw new AssertionError(key + " '" + visible(value) + "': " + warnings.get(0).message()
          + "; from input " + visible(input));
    }
    assertThat(clean).isEqualTo(value);
  }

  static String visible(byte[] input) {
    return visible(new String(input, StandardCharsets.UTF_8));
  }

  /** Invisible and non-ASCII characters written as escapes, to reproduce a failure. */
  static String visible(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(2000).forEach(cp -> {
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp < 0x20 || cp > 0x7E) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }

  static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
