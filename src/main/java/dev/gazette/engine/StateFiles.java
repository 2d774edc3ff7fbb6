package dev.gazette.engine;

import dev.gazette.search.SearchIndex;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.SavedTagging;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a one-shot build keeps, in its cache folder, what the steps decided last time (the
 * search index's state, the related lists), and how every such record is written: whole or not
 * at all. A record that is absent, damaged or written by other code gives a step that starts
 * from nothing.
 */
public final class StateFiles {
  public static final String SEARCH = "search-state.bin";
  public static final String RELATED = "related-state.bin";
  public static final String TAGGER = "tagger-state.bin";

  private StateFiles() {}

  /** What a record's writer writes. */
  @FunctionalInterface
  interface Writing {
    void write(DataOutputStream out) throws IOException;
  }

  /**
   * Writes through a temporary file, so a reader never sees half of it. The temporary name is
   * this write's own: two builds into different output folders share the cache folder, and each
   * must rename a whole file of its own into place (the last one wins).
   */
  static void write(Path file, Writing writing) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = Files.createTempFile(file.getParent(), file.getFileName() + ".", ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
        writing.write(out);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * The search step's memo for an archive of {@code articles} in a heap of {@code heap} bytes,
   * starting from the state saved in {@code dir} under {@code environment}; one that keeps
   * nothing when the state would crowd that heap (the file is then not read either).
   */
  public static SearchIndex.Memo search(Path dir, String environment, int articles, long heap) {
    if (!SearchIndex.Memo.fits(articles, heap)) {
      return SearchIndex.Memo.none();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(SEARCH));
    } catch (IOException | OutOfMemoryError e) {
      bytes = null; // absent or unreadable: the index is built from nothing
    }
    return SearchIndex.Memo.read(bytes, environment);
  }

  /** Saves what {@code memo} last indexed into {@code dir}, if it keeps anything. */
  public static void save(Path dir, String environment, SearchIndex.Memo memo)
      throws IOException {
    if (memo.holdsState()) {
      write(dir.resolve(SEARCH), out -> memo.write(out, environment));
    }
  }

  /** The related lists saved in {@code dir} under {@code environment}, or an empty memo. */
  public static RelatedArticles.Memo related(Path dir, String environment) {
    try (DataInputStream in = new DataInputStream(new UnsharedBufferedInput(
        Files.newInputStream(dir.resolve(RELATED)), 1 << 16))) {
      return RelatedArticles.Memo.read(in, environment);
    } catch (IOException | RuntimeException e) {
      return new RelatedArticles.Memo(); // absent or damaged: every list is ranked again
    }
  }

  /** Saves {@code memo}'s related lists into {@code dir}. */
  public static void save(Path dir, String environment, RelatedArticles.Memo memo)
      throws IOException {
    write(dir.resolve(RELATED), out -> memo.write(out, environment));
  }

  /** The tagging state saved in {@code dir} under {@code environment}, or none. */
  public static SavedTagging tagging(Path dir, String environment) {
    try (DataInputStream in = new DataInputStream(new UnsharedBufferedInput(
        Files.newInputStream(dir.resolve(TAGGER)), 1 << 16))) {
      return SavedTagging.read(in, environment);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return SavedTagging.none(); // absent or damaged: every choice is taken again
    }
  }

  /** Saves what a tagging pass left for the next build into {@code dir}. */
  public static void save(Path dir, String environment, SavedTagging state) throws IOException {
    write(dir.resolve(TAGGER), out -> state.write(out, environment));
  }
}
