package dev.gazette.normalize;

import dev.gazette.content.Article;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import dev.gazette.source.TextDecoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The {@code normalize} command's file writing: writes each raw {@code .txt} as a {@code .md} with front matter
 * beside it. The {@code .txt} is never changed; a {@code .md} that a person wrote or edited is
 * never overwritten (it is reported instead); running it twice changes nothing the second time.
 */
public final class NormalizeWriter {

  /** What happened to each raw file. */
  public enum Outcome { WRITTEN, UPDATED, UNCHANGED, KEPT_EDITED, KEPT_HAND_WRITTEN, FAILED }

  public record Result(Map<String, Outcome> outcomes, List<Problem> problems) {
    public Result {
      outcomes = Map.copyOf(outcomes);
      problems = List.copyOf(problems);
    }

    public long count(Outcome o) {
      return outcomes.values().stream().filter(o::equals).count();
    }
  }

  /**
   * Writes a {@code .md} beside each raw file.
   *
   * @param raw the raw files ({@link #rawFiles})
   * @param reads how each was read, in the same order
   * @param bySource the archive's articles (tagged) by source file name
   * @param problems what reading found, reported with the outcome
   */
  public Result write(ContentWalker walker, List<SourceFile> raw, List<ReadResult> reads,
      Map<String, Article> bySource, List<Problem> problems) {
    NormalizedFile files = new NormalizedFile();
    Map<String, Outcome> outcomes = new java.util.TreeMap<>();
    List<Problem> notes = new ArrayList<>(problems);
    // a.txt and a.TXT give one a.md: the first by name writes it (the one the build reads),
    // the other is left out, as the walker leaves it out when no a.md is there yet. Each run
    // wrote the file once for each, so it changed hands between runs.
    Map<Path, SourceFile> writer = new java.util.HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      SourceFile src = raw.get(i);
      ReadResult read = reads.get(i);
      Article article = bySource.get(src.name());
      if (read.article().isEmpty() && read.problems().stream()
          .noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
        continue; // left out with a warning (an empty file): nothing to write, nothing failed
      }
      if (article == null || read.article().isEmpty()) {
        outcomes.put(src.name(), Outcome.FAILED);
        continue;
      }
      Path md;
      try {
        md = src.path().resolveSibling(src.baseName() + ".md");
      } catch (InvalidPathException e) {
        // Java names files through the locale's file-name encoding: under LANG=C (ASCII) a
        // listed name holding other bytes is read, but no name can be made from it.
        outcomes.put(src.name(), Outcome.FAILED);
        notes.add(Problem.error(src.name(), 0, "its file name cannot be written in this"
            + " locale's file-name encoding (" + System.getProperty("sun.jnu.encoding")
            + "), so no .md can be made beside it; not normalized (run normalize with a UTF-8"
            + " locale, e.g. LANG=C.UTF-8)"));
        continue;
      }
      SourceFile first = writer.putIfAbsent(md, src);
      if (first != null) {
        notes.add(Problem.warning(src.name(), 0, "has the same name as " + first.name()
            + " (which is read); this file is not read: rename or remove one of them"));
        continue;
      }
      Path otherMarkdown = otherMarkdown(src.path(), md);
      if (otherMarkdown != null) {
        // c.markdown (or C.MD) beside c.txt is already its Markdown: writing c.md would make a
        // third file and publish the article twice.
        outcomes.put(src.name(), Outcome.KEPT_HAND_WRITTEN);
        notes.add(Problem.warning(walker.displayName(otherMarkdown), 1, "is the Markdown file"
            + " for " + src.name() + "; left as is (" + src.name() + " is not normalized again)"));
        continue;
      }
      String mdName = walker.displayName(md);
      String text = files.render(article, src.path().getFileName().toString(),
          read.dateConfidence());
      try {
        if (Files.exists(md, LinkOption.NOFOLLOW_LINKS)
            && !Files.isRegularFile(md, LinkOption.NOFOLLOW_LINKS)) {
          // A link (even one leading nowhere) or a pipe is not Gazette's to replace or read:
          // reading a pipe waits for ever.
          outcomes.put(src.name(), Outcome.KEPT_HAND_WRITTEN);
          notes.add(Problem.warning(mdName, 0, "is a link or not a regular file; left as is ("
              + src.name() + " is not normalized)"));
          continue;
        }
        if (!Files.exists(md)) {
          writeAtomically(md, text);
          outcomes.put(src.name(), Outcome.WRITTEN);
          continue;
        }
        Optional<String> there = existingText(md);
        if (there.isEmpty()) {
          outcomes.put(src.name(), Outcome.KEPT_HAND_WRITTEN);
          notes.add(Problem.warning(mdName, 0, "is not a text file; left as is (" + src.name()
              + " is not normalized)"));
          continue;
        }
        String existing = there.get();
        switch (NormalizedFile.state(existing)) {
          case HAND_WRITTEN -> {
            outcomes.put(src.name(), Outcome.KEPT_HAND_WRITTEN);
            notes.add(Problem.warning(mdName, 1, existing.isBlank()
                ? "is empty and was not written by normalize; left as is, so " + src.name()
                    + " is not normalized: remove it to normalize " + src.name()
                : "was not written by normalize; left as is (" + src.name()
                    + " is not normalized again)"));
          }
          case EDITED -> {
            outcomes.put(src.name(), Outcome.KEPT_EDITED);
            notes.add(Problem.warning(mdName, 1, "was edited since it was normalized from "
                + src.name() + "; left as is (delete it to normalize again)"));
          }
          case UNEDITED -> {
            if (existing.equals(text)) {
              outcomes.put(src.name(), Outcome.UNCHANGED);
            } else {
              writeAtomically(md, text);
              outcomes.put(src.name(), Outcome.UPDATED);
            }
          }
        }
      } catch (IOException e) {
        outcomes.put(src.name(), Outcome.FAILED);
        notes.add(Problem.error(mdName, 0, "cannot write: " + e));
      }
    }
    return new Result(outcomes, notes);
  }

  /**
   * The text of a {@code .md} already there, decoded as the build decodes it: one that a person
   * wrote in Windows-1252 made normalize fail ("MalformedInputException"). Empty when it is not
   * text. Gazette writes UTF-8 only, so a file in another encoding is never one it wrote
   * unchanged, and is kept.
   */
  private static Optional<String> existingText(Path md) throws IOException {
    try {
      return Optional.of(new TextDecoder().decode(Files.readAllBytes(md)).text());
    } catch (TextDecoder.NotTextException e) {
      return Optional.empty();
    }
  }

  /**
   * Every raw {@code .txt} among the listed files, including those already normalized (the walker
   * hides those).
   */
  public static List<SourceFile> rawFiles(ContentWalker walker, List<SourceFile> listed) {
    Map<Path, SourceFile> all = new TreeMap<>();
    for (SourceFile f : listed) {
      if (f.isRawText()) {
        all.put(f.path(), f);
        continue;
      }
      for (String ext : List.of(".txt", ".TXT", ".Txt")) {
        Path txt;
        try {
          txt = f.path().resolveSibling(f.baseName() + ext);
        } catch (InvalidPathException e) {
          // A name the locale's file-name encoding cannot hold (see write): no raw file of its
          // name can be looked up, and the Markdown file stays what is read.
          break;
        }
        // Not through a link: the walker, which hides this file behind its .md, never checked
        // where one leads, and one to a file outside the content folder would publish it.
        if (Files.isRegularFile(txt, LinkOption.NOFOLLOW_LINKS) && !all.containsKey(txt)) {
          all.put(txt, new SourceFile(txt, walker.displayName(txt)));
        }
      }
    }
    List<SourceFile> sorted = new ArrayList<>(all.values());
    sorted.sort(java.util.Comparator.comparing(SourceFile::name));
    return sorted;
  }

  /** A Markdown file of the raw file's name other than {@code md} ({@code c.markdown}, {@code C.MD}). */
  private static Path otherMarkdown(Path txt, Path md) {
    String base = txt.getFileName().toString();
    base = base.substring(0, base.lastIndexOf('.'));
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(txt.getParent())) {
      for (Path p : siblings) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
        if (markdown && !p.equals(md) && name.substring(0, name.lastIndexOf('.'))
            .equalsIgnoreCase(base)) {
          return p;
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static void writeAtomically(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    // A new file of a random name, never one that is there: a link planted at a name known in
    // advance was written through, over the file it led to. (Not Files.createTempFile: its
    // file is readable by its owner only, and the .md would keep that.) The name does not hold
    // the target's: a 251-byte .txt name made it longer than the 255 bytes a name may have.
    Path tmp;
    OutputStream out;
    while (true) {
      tmp = target.resolveSibling(".normalize-"
          + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
      try {
        out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE);
        break;
      } catch (FileAlreadyExistsException e) {
        // taken (a file or a link of that name): another name
      }
    }
    try (OutputStream written = out) {
      written.write(bytes);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    } catch (RuntimeException e) {
      throw new GazetteException("cannot write " + target + ": " + e, e);
    }
  }
}
