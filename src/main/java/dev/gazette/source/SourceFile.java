package dev.gazette.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * An article file found under the content folder.
 *
 * @param path where it is on disk
 * @param name how the user knows it: relative to the site root, with forward slashes
 */
public record SourceFile(Path path, String name) {
  public SourceFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(name);
  }

  public boolean isMarkdown() {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }

  public boolean isRawText() {
    return name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }

  /** The file name without folders and extension. */
  public String baseName() {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
