package dev.gazette.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A tiny site written inline, Hugo-style: {@code -- path --} lines start files.
 *
 * <pre>
 * TestSite site = TestSite.write(dir, """
 *     -- gazette.yaml --
 *     title: Test
 *     -- content/a.md --
 *     ---
 *     title: A
 *     ---
 *     Body.
 *     """);
 * site.build().assertOk();
 * site.assertFile("site/index.html", "A", "! Body");
 * </pre>
 */
public final class TestSite {
  private final Path root;

  private TestSite(Path root) {
    this.root = root;
  }

  public static TestSite write(Path root, String spec) {
    TestSite site = new TestSite(root);
    site.add(spec);
    return site;
  }

  /** Writes (or overwrites) the files in {@code spec}. */
  public TestSite add(String spec) {
    String path = null;
    StringBuilder body = new StringBuilder();
    String[] lines = spec.split("\n", -1);
    int count = spec.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (path != null) {
          writeFile(path, body.toString());
        }
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) {
      writeFile(path, body.toString());
    }
    return this;
  }

  public Path root() {
    return root;
  }

  public Path path(String rel) {
    return root.resolve(rel);
  }

  public void writeFile(String rel, String text) {
    writeBytes(rel, text.getBytes(StandardCharsets.UTF_8));
  }

  public void writeBytes(String rel, byte[] bytes) {
    try {
      Path p = root.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs the command line in this site's folder ({@code --root} is added). */
  public Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--root");
    all.add(root.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  public Run build(String... extra) {
    List<String> all = new ArrayList<>(List.of("build"));
    all.addAll(List.of(extra));
    return run(all.toArray(String[]::new));
  }

  public String read(String rel) {
    try {
      // Decoded leniently: the theme's favicon.ico is binary, and tests read every output file.
      return new String(Files.readAllBytes(root.resolve(rel)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("expected file " + rel + " to exist", e);
    }
  }

  public Document html(String rel) {
    return Jsoup.parse(read(rel), "");
  }

  /**
   * Asserts a generated file contains each line; a line starting with {@code "! "} must NOT be
   * in the file.
   */
  public void assertFile(String rel, String... lines) {
    String text = read(rel);
    for (String l : lines) {
      if (l.startsWith("! ")) {
        assertThat(text).as("%s must not contain", rel).doesNotContain(l.substring(2));
      } else {
        assertThat(text).as("%s must contain", rel).contains(l);
      }
    }
  }

  /** Every file under a folder, relative, sorted. */
  public List<String> files(String rel) {
    Path dir = root.resolve(rel);
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
          .sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A command's exit code and output. */
  public record Run(int code, String out, String err) {
    public Run assertOk() {
      assertThat(code).as("exit code; stderr:%n%s%nstdout:%n%s", err, out).isZero();
      return this;
    }

    public Run assertCode(int expected) {
      assertThat(code).as("exit code; stderr:%n%s", err).isEqualTo(expected);
      return this;
    }
  }
}
