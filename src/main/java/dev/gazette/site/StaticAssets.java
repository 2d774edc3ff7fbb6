package dev.gazette.site;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the theme's static files ({@code templates/static/}) to the output root. Files of the
 * built-in theme that the site does not have are taken from the jar, so a site with only some
 * templates still gets a styled page.
 */
final class StaticAssets {
  static final String DIR = "static";
  /** The built-in theme's static files, relative to its {@code static/} folder. */
  static final List<String> BUILT_IN = List.of("style.css");
  private static final String THEME = "dev/gazette/theme/static/";

  private StaticAssets() {}

  /** @return the site-relative names written */
  static List<String> copy(Path templates, Path out) {
    List<String> written = new ArrayList<>();
    Path dir = templates.resolve(DIR);
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (rel.startsWith(".")) {
              continue;
            }
            Path target = out.resolve(rel).normalize();
            Files.createDirectories(target.getParent());
            Files.copy(f, target);
            written.add(rel);
          }
        }
      }
      for (String name : BUILT_IN) {
        Path target = out.resolve(name);
        if (Files.exists(target)) {
          continue;
        }
        try (InputStream in = StaticAssets.class.getClassLoader()
            .getResourceAsStream(THEME + name)) {
          if (in != null) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
            written.add(name);
          }
        }
      }
    } catch (IOException e) {
      throw new GazetteException("cannot copy static files from " + dir + ": " + e, e);
    }
    return written;
  }
}
