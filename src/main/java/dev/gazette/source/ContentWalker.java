package dev.gazette.source;

import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lists the article files under a content folder, recursively, in a stable order. Hidden files and
 * folders (editor swap files, {@code .git}) are ignored. Extensions are matched whatever their
 * case ({@code STORY.TXT}, {@code Story.MD}).
 *
 * <p>One name, one article: of the files in a folder that share a base name (ignoring case), one
 * is read, in the order {@code .md}, {@code .markdown}, {@code .txt}. When {@code a.txt} has been
 * normalized into {@code a.md}, only the {@code .md} is listed: the person edits that one; any
 * other clash ({@code c.md} beside {@code c.markdown}, {@code Story.md} beside {@code story.md}) is
 * a warning naming both files.
 *
 * <p>Only files inside the content folder are read: a symbolic link (to a file or a folder) whose
 * target is outside it is not followed, with a warning. A link inside may point anywhere inside.
 * A file that disappears while the folder is listed is left out; one that cannot be listed is a
 * warning.
 */
public final class ContentWalker {

  private final Path siteRoot;
  /** The site root's name and a "/" where paths are written so, else null. */
  private final String rootPrefix;
  /** Folders never listed: Gazette's own output (and cache) when they lie inside the content. */
  private final Set<Path> skipped;

  /** @param siteRoot names are given relative to this folder */
  public ContentWalker(Path siteRoot) {
    this(siteRoot, Set.of());
  }

  private ContentWalker(Path siteRoot, Set<Path> skipped) {
    this.siteRoot = siteRoot.toAbsolutePath().normalize();
    String sep = this.siteRoot.getFileSystem().getSeparator();
    this.rootPrefix = !sep.equals("/") ? null
        : this.siteRoot.getParent() == null ? "/" : this.siteRoot + "/";
    this.skipped = skipped;
  }

  /**
   * A walker that never lists {@code folders}: with the content folder at the site's root, the
   * output folder is inside it, and its pages were read back as articles.
   */
  public ContentWalker skipping(Path... folders) {
    Set<Path> all = new HashSet<>(skipped);
    for (Path f : folders) {
      all.add(f.toAbsolutePath().normalize());
    }
    return new ContentWalker(siteRoot, Set.copyOf(all));
  }

  /** Lists the articles; what is not read (outside links, clashes) is a problem to report. */
  public List<SourceFile> walk(Path contentDir, Consumer<Problem> problems) {
    Path dir = contentDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new GazetteException(contentDir + ": content folder not found; create it and put"
          + " .txt or .md articles in it, or pass --content DIR");
    }
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      throw new GazetteException(contentDir + ": cannot read the content folder: " + e, e);
    }
    List<Path> files = new ArrayList<>();
    // Folders reached from the content folder through no link: what is in them, unless it is a
    // link itself, is inside. Resolving each file's real path costs a system call per folder
    // of its path, which listing an archive of many files would pay on every build.
    Set<Path> plain = new HashSet<>();
    try {
      Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              if (d.equals(dir)) {
                plain.add(d);
                return FileVisitResult.CONTINUE;
              }
              if (isHiddenName(d.getFileName().toString()) // its parents were checked
                  || skipped.contains(d)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (reachedPlainly(d, plain)) {
                plain.add(d);
              } else if (!inside(d, real)) {
                problems.accept(Problem.warning(displayName(d), 0, "is a link to a folder"
                    + " outside " + displayName(dir) + "; not followed"));
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              // Only the file's own name: a hidden folder's files are never visited.
              String name = f.getFileName().toString();
              if (isHiddenName(name) || !isArticle(name)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                problems.accept(Problem.warning(displayName(f), 0, isLinkLoop(f)
                    ? "is a link loop (following it leads back to a link already followed);"
                        + " skipped"
                    : "is a link to a file that does not exist; skipped"));
              } else if (attrs.isOther()) {
                // A pipe was skipped without a word; reading one would wait for ever.
                problems.accept(Problem.warning(displayName(f), 0, "is not a regular file (it is"
                    + " a named pipe, a socket or a device); skipped"));
              } else if (!attrs.isRegularFile()) {
                return FileVisitResult.CONTINUE;
              } else if (!reachedPlainly(f, plain) && !inside(f, real)) {
                problems.accept(Problem.warning(displayName(f), 0, "is a link to a file outside "
                    + displayName(dir) + "; not read"));
              } else {
                files.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE; // deleted while we listed; the next build sees it
              }
              if (e instanceof FileSystemLoopException) {
                problems.accept(Problem.warning(displayName(f), 0, "is a link to a folder that"
                    + " contains it; not followed"));
                return FileVisitResult.CONTINUE;
              }
              problems.accept(Problem.warning(displayName(f), 0, "cannot be listed: " + e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new GazetteException(contentDir + ": cannot list files: " + e.getMessage(), e);
    }
    files.sort(Comparator.naturalOrder());
    return oneFilePerName(files, problems);
  }

  /** Keeps one file of each group sharing a folder and a base name (ignoring case). */
  private List<SourceFile> oneFilePerName(List<Path> files, Consumer<Problem> problems) {
    Map<String, List<Path>> byName = new LinkedHashMap<>();
    for (Path p : files) {
      String key = (p.getParent() + "/" + baseName(p)).toLowerCase(Locale.ROOT);
      byName.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<SourceFile> result = new ArrayList<>();
    for (List<Path> group : byName.values()) {
      if (group.size() > 1) {
        group.sort(Comparator.comparingInt((Path p) -> precedence(p))
            .thenComparing(Comparator.naturalOrder()));
      }
      Path chosen = group.get(0);
      if (group.size() > 1 && isEmptyFile(chosen)) {
        // An empty file (made by hand, or left by an editor) must not hide the article of its
        // name: the first file of the group that holds anything is read, and the empty one said.
        Path empty = chosen;
        Optional<Path> full = group.stream().skip(1).filter(p -> !isEmptyFile(p)).findFirst();
        if (full.isPresent()) {
          chosen = full.get();
          problems.accept(Problem.warning(displayName(empty), 0, "is empty; "
              + displayName(chosen) + ", which has the same name, is read instead"));
          group.remove(chosen);
          group.set(0, chosen); // the empty file's place: it is reported, not listed again
        }
      }
      result.add(new SourceFile(chosen, listedName(chosen)));
      for (Path other : group.subList(1, group.size())) {
        boolean normalizedCopy = precedence(other) == 2 && precedence(chosen) < 2;
        if (!normalizedCopy) {
          problems.accept(Problem.warning(displayName(other), 0, "has the same name as "
              + displayName(chosen) + " (which is read); this file is not read: rename or"
              + " remove one of them"));
        }
      }
    }
    result.sort(Comparator.comparing(SourceFile::path));
    return List.copyOf(result);
  }

  /**
   * {@link #displayName} of a path the walk listed, which is absolute and normalized: under the
   * site root, its name is what follows the root's, with no path arithmetic for each of the
   * archive's files.
   */
  private String listedName(Path p) {
    String s = p.toString();
    if (rootPrefix != null && s.startsWith(rootPrefix) && s.length() > rootPrefix.length()) {
      return s.substring(rootPrefix.length());
    }
    return displayName(p);
  }

  /** Path relative to the site root with forward slashes; absolute when outside it. */
  public String displayName(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path shown = abs.startsWith(siteRoot) ? siteRoot.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  static boolean isArticle(String fileName) {
    return precedence(fileName) < 3;
  }

  /** Whether {@code p} is a file of no bytes; anything that cannot be looked at is not. */
  private static boolean isEmptyFile(Path p) {
    try {
      return Files.size(p) == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static int precedence(Path p) {
    return precedence(p.getFileName().toString());
  }

  /** 0 {@code .md}, 1 {@code .markdown}, 2 {@code .txt}, 3 not an article. */
  private static int precedence(String fileName) {
    String f = fileName.toLowerCase(Locale.ROOT);
    if (f.endsWith(".md")) {
      return 0;
    }
    if (f.endsWith(".markdown")) {
      return 1;
    }
    return f.endsWith(".txt") ? 2 : 3;
  }

  /**
   * Whether a link that leads to no file goes round in a circle ({@code a.md -> b.md -> a.md})
   * rather than to a missing file. Both look alike to the walk (the link's own attributes); the
   * links are followed one by one here, as the system does (which gives up after 40).
   */
  static boolean isLinkLoop(Path link) {
    Set<Path> seen = new HashSet<>();
    Path p = link.toAbsolutePath().normalize();
    try {
      for (int hops = 0; hops < MAX_LINK_HOPS && Files.isSymbolicLink(p); hops++) {
        if (!seen.add(p)) {
          return true;
        }
        p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
      }
      return Files.isSymbolicLink(p);
    } catch (IOException | RuntimeException e) {
      return false; // the link changed meanwhile: reported as leading nowhere
    }
  }

  /** Links Linux follows before it gives up on a path (ELOOP). */
  private static final int MAX_LINK_HOPS = 40;

  /** In a folder reached through no link, and no link itself: inside, with one lstat. */
  private static boolean reachedPlainly(Path p, Set<Path> plainFolders) {
    return plainFolders.contains(p.getParent()) && !Files.isSymbolicLink(p);
  }

  private static boolean inside(Path p, Path realRoot) {
    try {
      return p.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  /** A file or folder name that is skipped: {@code .git}, {@code _drafts}, {@code a.md~}. */
  private static boolean isHiddenName(String s) {
    return s.startsWith(".") || s.startsWith("_") || s.endsWith("~");
  }

  private static String baseName(Path p) {
    String f = p.getFileName().toString();
    int dot = f.lastIndexOf('.');
    return dot > 0 ? f.substring(0, dot) : f;
  }
}
