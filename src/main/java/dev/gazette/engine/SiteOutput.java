package dev.gazette.engine;

import dev.gazette.diag.Problem;
import java.util.List;
import java.util.function.Supplier;

/**
 * Where a build's files go: the output port of the write step. {@code build} writes to disk;
 * {@code serve} keeps what it just rendered in memory as well, to answer before the disk has it.
 * Implementations are thread-safe: pages are put from several threads at once.
 */
public interface SiteOutput {

  /**
   * Puts one output file.
   *
   * @param fingerprint what the file is made from ({@link Fingerprints}); a file whose
   *     fingerprint is the one already published is not produced again
   * @param content called only when the file has to be produced
   * @param unique refuse to replace a file already put (a static file named like a page)
   */
  void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique);

  /** Publishes what was put, whole; returns warnings about what could not be recorded. */
  List<Problem> commit();

  /** Throws away what was put; the published site is untouched. */
  void abandon();

  /** Files produced afresh so far. */
  int rendered();

  /** Files taken unchanged from the published site so far. */
  int reused();

  /** {@code incremental}, or why every file is produced afresh. */
  String mode();
}
