package dev.gazette.config;

import com.fasterxml.jackson.core.JsonLocation;
import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/** The text of a configuration file ({@code gazette.yaml}, {@code tags.yaml}). */
final class ConfigText {
  private ConfigText() {}

  /**
   * The file's text, or empty when there is no such file. A named pipe, socket or device under
   * the name is an error: opening a pipe waits for a writer, and the build hung for ever.
   */
  static Optional<String> read(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        throw new GazetteException(file + ": is not a regular file (it is "
            + (attrs.isDirectory() ? "a folder" : "a named pipe, a socket or a device")
            + "); expected a YAML file");
      }
      return Optional.of(Files.readString(file));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new GazetteException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The 1-based line of a top-level {@code key:} in a YAML file's text, for messages about its
   * value; 1 when it is not found (a key written in flow style, say).
   */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":")
          || l.startsWith("'" + key + "':")) {
        return i + 1;
      }
    }
    return 1;
  }

  /** The 1-based line of a parser's location, 1 when it has none. */
  static int line(JsonLocation location) {
    return location == null ? 1 : Math.max(1, location.getLineNr());
  }
}
