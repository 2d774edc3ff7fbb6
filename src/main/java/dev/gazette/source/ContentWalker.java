package dev.gazette.source;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lists the article files under a content folder, recursively, in a stable order. Hidden files and
 * folders (editor swap files, {@code .git}) are ignored. When {@code a.txt} has been normalized into
 * {@code a.md}, only the {@code .md} is listed: the person edits that one.
 */
public final class ContentWalker {

  private final Path siteRoot;

  /** @param siteRoot names are given relative to this folder */
  public ContentWalker(Path siteRoot) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
  }

  public List<SourceFile> walk(Path contentDir) {
    Path dir = contentDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new GazetteException(contentDir + ": content folder not found; create it and put"
          + " .txt or .md articles in it, or pass --content DIR");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> stream = Files.walk(dir)) {
      stream.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .filter(p -> isArticle(p.getFileName().toString()))
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      throw new GazetteException(contentDir + ": cannot list files: " + e.getMessage(), e);
    }
    files.sort(Comparator.naturalOrder());
    Set<Path> markdown = new HashSet<>();
    for (Path p : files) {
      if (!p.getFileName().toString().endsWith(".txt")) {
        markdown.add(withoutExtension(p));
      }
    }
    List<SourceFile> result = new ArrayList<>();
    for (Path p : files) {
      boolean shadowed = p.getFileName().toString().endsWith(".txt")
          && markdown.contains(withoutExtension(p));
      if (!shadowed) {
        result.add(new SourceFile(p, displayName(p)));
      }
    }
    return List.copyOf(result);
  }

  /** Path relative to the site root with forward slashes; absolute when outside it. */
  public String displayName(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  static boolean isArticle(String fileName) {
    return fileName.endsWith(".txt") || fileName.endsWith(".md")
        || fileName.endsWith(".markdown");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      String s = part.toString();
      if (s.startsWith(".") || s.startsWith("_") || s.endsWith("~")) {
        return true;
      }
    }
    return false;
  }

  private static Path withoutExtension(Path p) {
    String f = p.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return p.resolveSibling(dot > 0 ? f.substring(0, dot) : f);
  }
}
