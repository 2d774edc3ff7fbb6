package dev.gazette.render;

import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The theme's static files ({@code templates/static/}), copied to the output root. Files of the
 * built-in theme that the site does not have are taken from the jar, so a site with only some
 * templates still gets a styled page.
 */
public final class StaticAssets {
  static final String DIR = "static";
  /** The search page's script: a site without search does not publish the theme's copy. */
  static final String SEARCH_SCRIPT = "search.js";
  /** The built-in theme's static files, relative to its {@code static/} folder. */
  static final List<String> BUILT_IN = List.of("favicon.ico", "favicon.svg", SEARCH_SCRIPT,
      "style.css");
  private static final String THEME = "dev/gazette/theme/static/";

  /** One file to publish, by its site-relative name. */
  public record Asset(String name, byte[] bytes) {}

  private StaticAssets() {}

  /** The site's static files, then the built-in ones it does not override; sorted by name. */
  public static List<Asset> list(Path templates) {
    return list(templates, problem -> {});
  }

  /**
   * Like {@link #list(Path)}; a file that is a symbolic link leading outside the templates folder
   * is not published, and {@code problems} is told. (Links to folders are not followed.)
   */
  public static List<Asset> list(Path templates, Consumer<Problem> problems) {
    Map<String, Asset> assets = new LinkedHashMap<>();
    Path dir = templates.resolve(DIR);
    try {
      if (Files.isDirectory(dir)) {
        Path inside = templates.toRealPath();
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (rel.startsWith(".")) {
              continue;
            }
            if (!f.toRealPath().startsWith(inside)) {
              problems.accept(Problem.warning(templates.getFileName() + "/" + DIR + "/" + rel,
                  0, "is a link to a file outside " + templates.getFileName()
                  + "/; not published"));
              continue;
            }
            assets.put(rel, new Asset(rel, Files.readAllBytes(f)));
          }
        }
      }
      for (String name : BUILT_IN) {
        if (!assets.containsKey(name)) {
          builtIn(name).ifPresent(bytes -> assets.put(name, new Asset(name, bytes)));
        }
      }
    } catch (IOException e) {
      throw new GazetteException("cannot read static files from " + dir + ": " + e, e);
    }
    return new ArrayList<>(assets.values());
  }

  /**
   * Like {@link #list(Path, Consumer)}, for a site with or without search: without, the search
   * script is left out when it is the built-in theme's (a script of the site's own stays).
   */
  public static List<Asset> list(Path templates, Consumer<Problem> problems, boolean search) {
    List<Asset> assets = list(templates, problems);
    if (search) {
      return assets;
    }
    byte[] builtIn;
    try {
      builtIn = builtIn(SEARCH_SCRIPT).orElse(null);
    } catch (IOException e) {
      throw new GazetteException("cannot read the built-in " + SEARCH_SCRIPT + ": " + e, e);
    }
    return assets.stream().filter(a -> !(a.name().equals(SEARCH_SCRIPT)
        && java.util.Arrays.equals(a.bytes(), builtIn))).toList();
  }

  /** A static file of the built-in theme, if the jar has it. */
  private static java.util.Optional<byte[]> builtIn(String name) throws IOException {
    try (InputStream in = StaticAssets.class.getClassLoader()
        .getResourceAsStream(THEME + name)) {
      return in == null ? java.util.Optional.empty() : java.util.Optional.of(in.readAllBytes());
    }
  }
}
