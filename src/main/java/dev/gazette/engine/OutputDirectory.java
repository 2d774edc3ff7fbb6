package dev.gazette.engine;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The output folder, replaced whole. A build writes into a staging folder beside it; only a
 * complete build is switched in, so a failed or killed build leaves the published site as it was.
 * A folder that Gazette did not make is never deleted: the output, its staging folder and the
 * previous site kept aside during the switch must each be empty or carry the marker file.
 *
 * <p>One build at a time writes into an output folder: a lock file beside it ({@code .NAME.lock},
 * an operating-system lock, released when the build ends or its process dies) makes a second
 * build, from another terminal, the post-commit hook or {@code serve}, wait for the first to
 * finish instead of publishing a site with half its files.
 */
final class OutputDirectory {
  /** Marks a folder as Gazette output, safe to replace. */
  public static final String MARKER = ".gazette-output";
  /**
   * Builds of this process holding an output folder. The file lock excludes other processes
   * only: the JVM refuses a second lock on one file, so builds in one process (tests, serve)
   * queue here first. Keyed by folder, never cleared: one permit per output folder ever used.
   */
  private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path target;
  private final Path staging;
  private final Path previous;
  private final Path lockFile;
  private FileChannel lockChannel;
  private FileLock lock;
  private Semaphore permit;

  OutputDirectory(Path target) {
    this.target = folder(target);
    String name = this.target.getFileName().toString();
    this.staging = this.target.resolveSibling("." + name + ".staging");
    this.previous = this.target.resolveSibling("." + name + ".previous");
    this.lockFile = this.target.resolveSibling("." + name + ".lock");
  }

  /** The output folder, through a symbolic link to it: the link stays, the folder is updated. */
  private static Path folder(Path out) {
    Path target = out.toAbsolutePath().normalize();
    if (target.getParent() == null || target.getFileName() == null) {
      throw new GazetteException("refusing to use " + target + " as the output folder: a build"
          + " replaces its output folder, and the file system root cannot be; choose another --out");
    }
    if (Files.isSymbolicLink(target) && Files.isDirectory(target)) {
      try {
        return folder(target.toRealPath());
      } catch (IOException e) {
        throw new GazetteException("cannot follow the output folder link " + target + ": " + e, e);
      }
    }
    return target;
  }

  Path target() {
    return target;
  }

  /**
   * Checks the target can be replaced, recovers from a build killed mid-switch, and returns a
   * fresh, empty staging folder.
   *
   * @param inputs folders and files the build reads; none may be inside the output, and the
   *     output may not be inside an input folder other than the site root
   * @param root the site folder, which may hold the output
   */
  Path begin(Path root, Path... inputs) {
    Path siteRoot = root.toAbsolutePath().normalize();
    if (siteRoot.startsWith(target)) {
      throw new GazetteException("output folder " + target + " holds the site itself; choose"
          + " another --out");
    }
    for (Path input : inputs) {
      Path in = input.toAbsolutePath().normalize();
      if (in.startsWith(target)) {
        throw new GazetteException("output folder " + target + " holds the input " + in
            + "; choose another --out");
      }
      if (target.startsWith(in) && !in.equals(siteRoot)) {
        throw new GazetteException("output folder " + target + " is inside the input folder "
            + in + "; choose another --out");
      }
    }
    acquire();
    try {
      return prepare();
    } catch (RuntimeException e) {
      release();
      throw e;
    }
  }

  private Path prepare() {
    if (Files.isDirectory(previous) && !Files.exists(target) && ours(previous)) {
      move(previous, target); // a build was killed mid-switch: the old site comes back
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new GazetteException("output " + target + " exists and is not a folder");
      }
      if (!isEmpty(target) && !Files.exists(target.resolve(MARKER))) {
        throw new GazetteException("output folder " + target + " was not made by Gazette (no "
            + MARKER + " file); it is left alone: empty it, delete it, or choose another --out");
      }
    }
    deleteOurs(staging);
    deleteOurs(previous);
    try {
      Files.createDirectories(staging);
      Files.writeString(staging.resolve(MARKER), "Generated by Gazette; this folder is replaced"
          + " on every build.\n");
    } catch (IOException e) {
      throw new GazetteException("cannot create " + staging + ": " + e.getMessage(), e);
    }
    return staging;
  }

  /** Switches the staging folder in. The old site is kept aside until the new one is in place. */
  void commit() {
    if (Files.exists(target)) {
      move(target, previous);
    }
    move(staging, target);
  }

  /**
   * Deletes the site the switch set aside; the new one is published already. A failure here is
   * only worth a warning: the next build deletes it again.
   */
  java.util.Optional<String> finish() {
    try {
      deleteOurs(previous);
      return java.util.Optional.empty();
    } catch (GazetteException e) {
      return java.util.Optional.of(e.getMessage());
    } finally {
      release();
    }
  }

  /** Throws the staging folder away; the published site is untouched. */
  void abandon() {
    try {
      deleteTree(staging);
    } finally {
      release();
    }
  }

  /** Waits for other builds into this folder, in this process and in others. */
  private void acquire() {
    permit = IN_PROCESS.computeIfAbsent(target, k -> new Semaphore(1));
    permit.acquireUninterruptibly();
    try {
      Files.createDirectories(target.getParent());
      lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      lock = lockChannel.lock();
    } catch (IOException | RuntimeException e) {
      release();
      throw new GazetteException("cannot lock " + lockFile + " against other builds into "
          + target + ": " + e, e);
    }
  }

  private void release() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException ignored) {
      // the lock goes with the channel, or with the process
    } finally {
      lock = null;
      lockChannel = null;
      if (permit != null) {
        Semaphore p = permit;
        permit = null;
        p.release();
      }
    }
  }

  /** Whether Gazette made this folder: it carries the marker, or it is empty. */
  private static boolean ours(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && (Files.exists(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) || isEmpty(dir));
  }

  /** Deletes a folder of Gazette's; anything else of that name is left alone, and said so. */
  private static void deleteOurs(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!ours(dir)) {
      throw new GazetteException(dir + " is in the way of the build and was not made by Gazette"
          + " (no " + MARKER + " file); it is left alone: move or delete it yourself");
    }
    deleteTree(dir);
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(from, to);
      } catch (IOException e2) {
        throw new GazetteException("cannot move " + from + " to " + to + ": " + e2, e2);
      }
    } catch (IOException e) {
      throw new GazetteException("cannot move " + from + " to " + to + ": " + e, e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      return !s.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new GazetteException("cannot delete " + dir + ": " + e, e);
    }
  }
}
