package dev.gazette.engine;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Brings the staging folder up to date, file by file. The staging folder starts as the site
 * before the published one (or empty, or as a killed build left it). For each file of the new
 * site:
 * <ol>
 *   <li>the staging folder's own copy is kept when its manifest entry has the new fingerprint and
 *       the copy is untouched;</li>
 *   <li>else the published copy is hard-linked in (copied where links are not possible) when
 *       its fingerprint is the new one and it is untouched;</li>
 *   <li>else the file is produced afresh.</li>
 * </ol>
 * A file that may be shared with the published site (a hard link) is written (or linked) under a
 * temporary name and renamed over the old one; one that the staging folder alone holds is
 * rewritten in place, which frees no inode (see {@link #write}). Files of the staging folder that
 * the new site does not have are deleted at the end. Records what it wrote for the next manifest.
 * Thread-safe.
 */
final class IncrementalWriter {
  private static final String TEMP_SUFFIX = ".gazette-tmp";

  private final Path staging;
  private final Path published;
  private final BuildManifest live;
  private final BuildManifest own;
  private final Consumer<String> beforeWrite;
  private final Map<String, BuildManifest.Entry> written = new ConcurrentHashMap<>();
  /**
   * Every name put so far, claimed as its put starts: two threads (the static files, the search
   * index) putting one name at once cannot both find it free, as they could in {@link #written},
   * which holds a file only once it is written.
   */
  private final java.util.Set<String> claimed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger rendered = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  /**
   * Folders of the staging folder known to be folders, not links, by relative name: a site has
   * about one per article. The listing adds those it opens, and a file is kept or written only
   * in a folder known here, so nothing is read or written through a link put into the folder.
   */
  private final Set<String> folders = ConcurrentHashMap.newKeySet();
  /** The files the staging folder held when the build began, listed while pages render. */
  private final CompletableFuture<List<String>> present;
  /**
   * Whether the staging folder started empty: then no file in it can be a link shared with the
   * published site, and new files are written straight under their names (a temporary name
   * and a rename would cost two more system calls per file for nothing).
   */
  private final boolean startedEmpty;

  /**
   * @param live the manifest of the published folder
   * @param own the manifest of what the staging folder holds (empty when unknown)
   * @param empty whether the staging folder starts empty (nothing to list or delete)
   */
  IncrementalWriter(Path staging, Path published, BuildManifest live, BuildManifest own,
      boolean empty, Consumer<String> beforeWrite) {
    this.beforeWrite = beforeWrite;
    this.staging = staging;
    this.published = published;
    this.live = live;
    this.own = own;
    this.startedEmpty = empty;
    this.present = empty ? CompletableFuture.completedFuture(List.of())
        : CompletableFuture.supplyAsync(() -> FolderListing.list(staging,
            own.entries().keySet(), folders::add));
  }

  /**
   * Puts {@code file} into the staging folder.
   *
   * @param content called only when the file cannot be reused
   * @param unique refuse to replace a file already put (a static file named like a page)
   */
  void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique) {
    beforeWrite.accept(file);
    Path target = resolve(staging, file);
    if (!claimed.add(file) && unique) {
      throw new GazetteException("static file '" + file + "' has the same name as a generated"
          + " page; rename or remove it");
    }
    Optional<BasicFileAttributes> now = keptCopy(file, fingerprint, target);
    if (now.isPresent()) {
      reused.incrementAndGet();
    } else if ((now = linkedCopy(file, fingerprint, target)).isPresent()) {
      reused.incrementAndGet();
    } else {
      byte[] bytes = content.get();
      // A file put twice may have been linked the first time: it is replaced, not written over.
      now = startedEmpty && !written.containsKey(file) ? create(file, target, bytes)
          : write(file, target, bytes);
      rendered.incrementAndGet();
    }
    written.put(file, new BuildManifest.Entry(fingerprint, now.get().size(),
        now.get().lastModifiedTime().toMillis()));
  }

  /** The staging folder's own copy, when it is the one its manifest describes. */
  private Optional<BasicFileAttributes> keptCopy(String file, String fingerprint, Path target) {
    Optional<BuildManifest.Entry> entry = own.get(file);
    if (entry.isEmpty() || !entry.get().fingerprint().equals(fingerprint)
        || !isFolder(parent(file))) {
      return Optional.empty();
    }
    Optional<BasicFileAttributes> attrs = BuildManifest.stat(target);
    // To the millisecond: a copy rewritten by a killed build must not pass for the old one.
    return attrs.filter(a -> a.size() == entry.get().size()
        && a.lastModifiedTime().toMillis() == entry.get().modified());
  }

  /** The published copy linked into the staging folder, when it has the new fingerprint. */
  private Optional<BasicFileAttributes> linkedCopy(String file, String fingerprint,
      Path target) {
    Optional<BuildManifest.Entry> entry = live.get(file);
    if (entry.isEmpty() || !entry.get().fingerprint().equals(fingerprint)) {
      return Optional.empty();
    }
    Path source = resolve(published, file);
    Optional<BasicFileAttributes> attrs = BuildManifest.stat(source);
    if (attrs.isEmpty() || !BuildManifest.matches(entry.get(), attrs.get())) {
      return Optional.empty();
    }
    Optional<BasicFileAttributes> mine = BuildManifest.stat(target);
    if (mine.isPresent() && mine.get().fileKey() != null
        && Objects.equals(mine.get().fileKey(), attrs.get().fileKey())) {
      return mine; // already the same file
    }
    return replace(file, target, tmp -> {
      try {
        Files.createLink(tmp, source);
      } catch (UnsupportedOperationException | IOException e) {
        // Another file system, or one without hard links: a copy keeping the time will do.
        Files.deleteIfExists(tmp);
        Files.copy(source, tmp, StandardCopyOption.COPY_ATTRIBUTES);
      }
    });
  }

  private interface Making {
    void make(Path tmp) throws IOException;
  }

  /** Makes the file under a temporary name beside {@code target}, then renames it over it. */
  private Optional<BasicFileAttributes> replace(String file, Path target, Making making) {
    Path tmp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
    try {
      makeFolder(parent(file));
      Files.deleteIfExists(tmp);
      making.make(tmp);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
          throw e;
        }
        // A folder of the old site where the new one has a file.
        OutputDirectory.deleteTree(target);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new GazetteException("cannot write " + target + ": " + e, e);
    }
    return readBack(target);
  }

  /**
   * Writes {@code bytes} to {@code target} in a staging folder that did not start empty: in place
   * when no file is there or the one there is a plain file that no other name shares, so that
   * no inode is freed (a freed inode makes ext4 slower to create files for minutes after);
   * otherwise (a hard link shared with the published site, a link, a folder) under a temporary
   * name renamed over it. Links are never followed.
   */
  private Optional<BasicFileAttributes> write(String file, Path target, byte[] bytes) {
    try {
      makeFolder(parent(file));
      There there = there(target);
      if (there != There.OTHER) {
        Files.write(target, bytes, there == There.NOTHING
            ? new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE}
            : new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                LinkOption.NOFOLLOW_LINKS});
        return readBack(target);
      }
    } catch (IOException | UnsupportedOperationException e) {
      // Made, removed or replaced by a link meanwhile, or a file system without link counts.
    }
    return replace(file, target, tmp -> Files.write(tmp, bytes));
  }

  private enum There { NOTHING, SOLE_FILE, OTHER }

  /** What is at {@code p}: nothing, a regular file with one name, or anything else. */
  private static There there(Path p) throws IOException {
    Map<String, Object> a;
    try {
      a = Files.readAttributes(p, "unix:nlink,isRegularFile", LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return There.NOTHING;
    }
    return Boolean.TRUE.equals(a.get("isRegularFile")) && a.get("nlink") instanceof Integer n
        && n == 1 ? There.SOLE_FILE : There.OTHER;
  }

  /** Writes a file that no other folder shares, under its own name. */
  private Optional<BasicFileAttributes> create(String file, Path target, byte[] bytes) {
    try {
      makeFolder(parent(file));
      Files.write(target, bytes);
    } catch (IOException e) {
      throw new GazetteException("cannot write " + target + ": " + e, e);
    }
    return readBack(target);
  }

  /** The attributes of a file just written, for the manifest. */
  private static Optional<BasicFileAttributes> readBack(Path target) {
    return Optional.of(BuildManifest.stat(target).orElseThrow(() ->
        new GazetteException("cannot read back " + target + " just written")));
  }

  /** The relative name of the folder holding {@code file}, {@code ""} for the top. */
  private static String parent(String file) {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash);
  }

  /** Whether {@code folder} (relative) and every folder above it are folders, not links. */
  private boolean isFolder(String folder) {
    if (folder.isEmpty() || folders.contains(folder)) {
      return true;
    }
    if (!isFolder(parent(folder))) {
      return false;
    }
    if (!Files.isDirectory(staging.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    folders.add(folder);
    return true;
  }

  /**
   * Makes the folder {@code name} (relative) and every folder above it a folder: a file or a
   * link where one goes is removed (a link is never followed), unless this build put it there.
   */
  private void makeFolder(String name) throws IOException {
    if (name.isEmpty() || folders.contains(name)) {
      return;
    }
    makeFolder(parent(name));
    Path dir = staging.resolve(name);
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        // A file of the old site, or a link or file put there, where the new site has a folder.
        if (written.containsKey(name)) {
          throw new FileAlreadyExistsException(dir.toString(), null,
              "a file this build wrote is where a folder of it goes");
        }
        Files.delete(dir);
        Files.createDirectory(dir);
      }
    }
    folders.add(name);
  }

  /**
   * Deletes what the staging folder holds that the new site does not: the old site's files that
   * are gone, and anything put into the folder by hand. Folders left empty go too.
   */
  void removeOthers() {
    List<String> before;
    try {
      before = present.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GazetteException("build interrupted", e);
    } catch (ExecutionException e) {
      throw new GazetteException("cannot list " + staging + ": " + e.getCause(), e.getCause());
    }
    for (String file : before) {
      removeUnlessWritten(file);
    }
  }

  /** Deletes {@code file} of the staging folder when this build did not put it. */
  private void removeUnlessWritten(String file) {
    if (written.containsKey(file) || file.equals(OutputDirectory.MARKER)) {
      return;
    }
    Path path = staging.resolve(file);
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      // Listed by its manifest as a file, a folder now: one of the new site (its files are
      // written), or one put there by hand, whose files go like any other.
      for (String inner : FolderListing.walk(path)) {
        removeUnlessWritten(file + "/" + inner);
      }
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new GazetteException("cannot delete " + path + ": " + e, e);
      }
      return; // gone with its folder: the new site has a file of that folder's name
    }
    try {
      for (Path dir = path.getParent(); !dir.equals(staging); dir = dir.getParent()) {
        Files.delete(dir);
      }
    } catch (IOException e) {
      // the folder still holds files of the new site
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

  /** What this build put: the manifest of the new site. */
  BuildManifest manifest() {
    return new BuildManifest(written);
  }

  /**
   * What the staging folder holds now, as far as is known: what this build put, and the files of
   * its own manifest that this build did not touch.
   */
  BuildManifest stagingManifest() {
    Map<String, BuildManifest.Entry> known = new HashMap<>(own.entries());
    known.putAll(written);
    return new BuildManifest(known);
  }

  int rendered() {
    return rendered.get();
  }

  int reused() {
    return reused.get();
  }
}
