package dev.gazette.engine;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Fills the staging folder, file by file: a file whose fingerprint is the one the published copy
 * was made from, and whose published copy is untouched, is hard-linked from the published folder
 * (copied where links are not possible); any other is produced afresh. Records what it wrote for
 * the next manifest. Thread-safe.
 */
final class IncrementalWriter {
  private final Path staging;
  private final Path published;
  private final BuildManifest previous;
  private final Consumer<String> beforeWrite;
  private final Map<String, BuildManifest.Entry> written = new ConcurrentHashMap<>();
  private final AtomicInteger rendered = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  /** Folders already made in the staging folder: a site has about one per article. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();

  IncrementalWriter(Path staging, Path published, BuildManifest previous,
      Consumer<String> beforeWrite) {
    this.beforeWrite = beforeWrite;
    this.staging = staging;
    this.published = published;
    this.previous = previous;
  }

  /**
   * Puts {@code file} into the staging folder.
   *
   * @param content called only when the file cannot be reused
   * @param unique refuse to replace a file already staged (a static file named like a page)
   */
  void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique) {
    beforeWrite.accept(file);
    Path target = resolve(staging, file);
    if (unique && Files.exists(target)) {
      throw new GazetteException("static file '" + file + "' has the same name as a generated"
          + " page; rename or remove it");
    }
    if (!reuse(file, fingerprint, target)) {
      byte[] bytes = content.get();
      try {
        folder(target.getParent());
        Files.write(target, bytes);
      } catch (IOException e) {
        throw new GazetteException("cannot write " + target + ": " + e, e);
      }
      rendered.incrementAndGet();
    } else {
      reused.incrementAndGet();
    }
    BasicFileAttributes now = BuildManifest.stat(target).orElseThrow(() ->
        new GazetteException("cannot read back " + target + " just written"));
    written.put(file, new BuildManifest.Entry(fingerprint, now.size(),
        now.lastModifiedTime().toMillis()));
  }

  private boolean reuse(String file, String fingerprint, Path target) {
    Optional<BuildManifest.Entry> old = previous.get(file);
    if (old.isEmpty() || !old.get().fingerprint().equals(fingerprint)) {
      return false;
    }
    Path source = resolve(published, file);
    Optional<BasicFileAttributes> attrs = BuildManifest.stat(source);
    if (attrs.isEmpty() || !BuildManifest.matches(old.get(), attrs.get())) {
      return false;
    }
    try {
      folder(target.getParent());
      try {
        Files.createLink(target, source);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (IOException | UnsupportedOperationException e) {
        // Another file system, or one without hard links: a copy keeping the time will do.
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
      return true;
    } catch (IOException e) {
      throw new GazetteException("cannot reuse " + source + " in " + target + ": " + e, e);
    }
  }

  private void folder(Path dir) throws IOException {
    if (!folders.contains(dir)) {
      Files.createDirectories(dir);
      folders.add(dir);
    }
  }

  /** A path under {@code root}; a name that would leave it is a bug, refused. */
  static Path resolve(Path root, String file) {
    Path target = root.resolve(file).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new GazetteException("refusing to write '" + file + "' outside the output folder");
    }
    return target;
  }

  BuildManifest manifest() {
    return new BuildManifest(written);
  }

  int rendered() {
    return rendered.get();
  }

  int reused() {
    return reused.get();
  }
}
