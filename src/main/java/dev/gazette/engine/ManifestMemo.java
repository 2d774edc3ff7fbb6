package dev.gazette.engine;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Manifests already parsed, for a builder that lives across builds ({@code serve}): a manifest
 * file that is still the same file (same inode, size and time to the millisecond) is not read
 * again. Manifests are written under a temporary name and renamed, so a rewritten one is another
 * file; one moved from the published to the previous name is the same and stays known.
 */
public final class ManifestMemo {
  private record Key(Object file, long size, long modified, Path out) {}

  /** The published and the previous folder's, and the one just written: the last few used. */
  private final Map<Key, BuildManifest.Loaded> known = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, BuildManifest.Loaded> eldest) {
      return size() > 4;
    }
  };

  /** Notes a manifest just written to {@code file}, so the next build need not parse it. */
  synchronized void remember(Path file, Path out, BuildManifest written) {
    Optional<BasicFileAttributes> a = BuildManifest.stat(file);
    if (a.isPresent() && a.get().fileKey() != null) {
      known.put(new Key(a.get().fileKey(), a.get().size(), a.get().lastModifiedTime().toMillis(),
          out.toAbsolutePath().normalize()), new BuildManifest.Loaded(written, "incremental"));
    }
  }

  synchronized BuildManifest.Loaded read(Path file, Path out) {
    Optional<BasicFileAttributes> a = BuildManifest.stat(file);
    if (a.isEmpty() || a.get().fileKey() == null) {
      return BuildManifest.read(file, out);
    }
    Key key = new Key(a.get().fileKey(), a.get().size(), a.get().lastModifiedTime().toMillis(),
        out.toAbsolutePath().normalize());
    BuildManifest.Loaded loaded = known.get(key);
    if (loaded == null) {
      loaded = BuildManifest.read(file, out);
      known.put(key, loaded);
    }
    return loaded;
  }
}
