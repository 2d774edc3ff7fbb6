package dev.gazette.engine;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The names under a folder, relative to it with {@code /}, listed by reading its folders only.
 * A name the folder's manifest lists as a file is taken for one without asking the file system:
 * a walk that reads every entry's attributes spent most of its time on them (32,000 files at
 * 10,000 articles, on every incremental build). Other names are looked at; a name the manifest
 * places a folder at is opened as one, never through a link.
 *
 * <p>So a name may be listed as a file although something else is there now (a folder or a link
 * put by hand): whoever deletes what is listed must not assume a plain file ({@link
 * IncrementalWriter#removeOthers} does not). Links are never followed.
 */
final class FolderListing {
  private FolderListing() {}

  /**
   * @param files names under {@code root} the manifest of its content says are files
   * @param realFolder told each folder found to be one (not a link), by its relative name
   */
  static List<String> list(Path root, Set<String> files, Consumer<String> realFolder) {
    Set<String> folders = folders(files);
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> top = Files.newDirectoryStream(root)) {
      if (!(top instanceof SecureDirectoryStream<Path> secure)) {
        return walk(root); // no relative opening here: every entry is looked at
      }
      list(secure, "", files, folders, out, realFolder);
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new GazetteException("cannot list " + root + ": " + e, e);
    }
    return out;
  }

  private static void list(SecureDirectoryStream<Path> dir, String prefix, Set<String> files,
      Set<String> folders, List<String> out, Consumer<String> realFolder) throws IOException {
    for (Path entry : dir) {
      Path name = entry.getFileName();
      String relative = prefix + name;
      if (files.contains(relative)) {
        out.add(relative);
        continue;
      }
      if (!folders.contains(relative)) {
        BasicFileAttributes a;
        try {
          a = dir.getFileAttributeView(name, BasicFileAttributeView.class,
              LinkOption.NOFOLLOW_LINKS).readAttributes();
        } catch (NoSuchFileException e) {
          continue; // gone meanwhile
        }
        if (!a.isDirectory()) {
          out.add(relative);
          continue;
        }
      }
      try (SecureDirectoryStream<Path> sub = dir.newDirectoryStream(name,
          LinkOption.NOFOLLOW_LINKS)) {
        realFolder.accept(relative);
        list(sub, relative + "/", files, folders, out, realFolder);
      } catch (NoSuchFileException e) {
        // gone meanwhile
      } catch (FileSystemException e) {
        out.add(relative); // a file or a link where a folder was (not a folder, or ELOOP)
      }
    }
  }

  /** Every folder holding one of {@code files}, by its relative name. */
  static Set<String> folders(Set<String> files) {
    Set<String> folders = new HashSet<>(Math.max(16, files.size()));
    for (String f : files) {
      for (int slash = f.lastIndexOf('/'); slash > 0; slash = f.lastIndexOf('/', slash - 1)) {
        if (!folders.add(f.substring(0, slash))) {
          break; // and every folder above it, too
        }
      }
    }
    return folders;
  }

  /** Every file under {@code dir}, each entry's attributes read (links are not followed). */
  static List<String> walk(Path dir) {
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          files.add(dir.relativize(file).toString().replace('\\', '/'));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // gone meanwhile, or replaced by this build
        }
      });
    } catch (IOException e) {
      throw new GazetteException("cannot list " + dir + ": " + e, e);
    }
    return files;
  }
}
