package dev.gazette.engine;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last complete build wrote into an output folder: for each file, the fingerprint of what
 * it was made from and the size and modification time it had when the build switched it in.
 *
 * <p>It is a tab-separated text file in the cache folder, one per output folder. It is deleted
 * just before a build switches its output in and written again just after, so a build killed at
 * any point leaves either a manifest that describes the published folder or none at all. A
 * published file whose size or modification time no longer matches (someone edited the output)
 * is not reused.
 */
final class BuildManifest {
  static final String HEADER = "gazette-manifest 1";

  /** One output file. {@code modified} is in milliseconds since the epoch. */
  record Entry(String fingerprint, long size, long modified) {}

  /** A manifest, or why there is none to use. */
  record Loaded(BuildManifest manifest, String state) {}

  private final Map<String, Entry> entries;

  BuildManifest(Map<String, Entry> entries) {
    this(entries, true);
  }

  /** @param copy false for a map made for this manifest alone, which nothing else changes */
  private BuildManifest(Map<String, Entry> entries, boolean copy) {
    this.entries = copy ? Map.copyOf(entries) : Collections.unmodifiableMap(entries);
  }

  static BuildManifest empty() {
    return new BuildManifest(Map.of());
  }

  int size() {
    return entries.size();
  }

  Map<String, Entry> entries() {
    return entries;
  }

  Optional<Entry> get(String file) {
    return Optional.ofNullable(entries.get(file));
  }

  /** The manifest of the output folder {@code out}, kept under {@code cache}. */
  static Path location(Path cache, Path out) {
    return cache.resolve("manifest-" + key(out) + ".tsv");
  }

  /**
   * The manifest of the site before the published one, kept beside the output folder {@code out}
   * for the next build to update. Its paths are relative to that folder, as {@code out}'s are.
   */
  static Path previousLocation(Path cache, Path out) {
    return cache.resolve("manifest-" + key(out) + "-previous.tsv");
  }

  private static String key(Path out) {
    return Fingerprints.bytes(out.toAbsolutePath().normalize().toString()
        .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  /** Renames a manifest; a missing one leaves none at {@code to} either. */
  static void move(Path from, Path to) {
    try {
      if (Files.exists(from)) {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } else {
        Files.deleteIfExists(to);
      }
    } catch (IOException e) {
      throw new GazetteException("cannot move the build manifest " + from + ": " + e, e);
    }
  }

  /**
   * Reads the manifest of {@code out}. A missing, truncated or otherwise unreadable manifest, or
   * one written for another folder, gives an empty one and says why: the build renders everything.
   */
  static Loaded read(Path file, Path out) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new Loaded(empty(), "no manifest of an earlier build");
    } catch (IOException | RuntimeException e) {
      return new Loaded(empty(), "manifest " + file + " unreadable (" + e + ")");
    }
    String bad = "manifest " + file + " is damaged";
    if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
      return new Loaded(empty(), bad + " (no " + HEADER + " header)");
    }
    if (!lines.get(1).equals("out\t" + out.toAbsolutePath().normalize())) {
      return new Loaded(empty(), "manifest " + file + " describes another output folder");
    }
    String last = lines.get(lines.size() - 1);
    if (!last.equals("end\t" + (lines.size() - 3))) {
      return new Loaded(empty(), bad + " (truncated)");
    }
    Map<String, Entry> entries = new HashMap<>(lines.size() * 4 / 3 + 1);
    for (int i = 2; i < lines.size() - 1; i++) {
      String line = lines.get(i);
      // Fields by hand: a manifest has an entry for every file of the site, read on every build.
      int a = line.indexOf('\t');
      int b = line.indexOf('\t', a + 1);
      int c = b < 0 ? -1 : line.indexOf('\t', b + 1);
      try {
        if (a != 64 || c < 0 || c == line.length() - 1 || line.indexOf('\t', c + 1) >= 0) {
          throw new IllegalArgumentException("expected fingerprint, size, time and path");
        }
        entries.put(line.substring(c + 1), new Entry(line.substring(0, a),
            Long.parseLong(line, a + 1, b, 10), Long.parseLong(line, b + 1, c, 10)));
      } catch (IllegalArgumentException e) {
        return new Loaded(empty(), bad + " (line " + (i + 1) + ": " + e.getMessage() + ")");
      }
    }
    return new Loaded(new BuildManifest(entries, false), "incremental");
  }

  /** Writes through a temporary file, so a reader never sees half a manifest. */
  void write(Path file, Path out) {
    StringBuilder s = new StringBuilder(entries.size() * 120);
    s.append(HEADER).append('\n');
    s.append("out\t").append(out.toAbsolutePath().normalize()).append('\n');
    int count = 0;
    String[] paths = entries.keySet().toArray(new String[0]);
    Arrays.sort(paths);
    for (String path : paths) {
      if (path.indexOf('\t') >= 0 || path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
        continue; // not recordable: simply produced again next time
      }
      Entry v = entries.get(path);
      s.append(v.fingerprint()).append('\t').append(v.size()).append('\t').append(v.modified())
          .append('\t').append(path).append('\n');
      count++;
    }
    s.append("end\t").append(count).append('\n');
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(tmp, s, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new GazetteException("cannot write the build manifest " + file + ": " + e, e);
    }
  }

  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new GazetteException("cannot delete the build manifest " + file + ": " + e, e);
    }
  }

  /** The entry a file has now, or empty when it is not a regular file. */
  static Optional<BasicFileAttributes> stat(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() ? Optional.of(a) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the published file is still the one this entry describes. Times are compared to the
   * second: archives (the CI cache is a tar) and some file systems keep no finer time.
   */
  static boolean matches(Entry entry, BasicFileAttributes now) {
    return now.size() == entry.size() && Math.floorDiv(now.lastModifiedTime().toMillis(), 1000)
        == Math.floorDiv(entry.modified(), 1000);
  }
}
