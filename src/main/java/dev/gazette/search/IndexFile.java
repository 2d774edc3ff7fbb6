package dev.gazette.search;

import dev.gazette.normalize.FastDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the search index. Its bytes are produced only when asked for: a file whose
 * fingerprint matches the published one is never made again.
 *
 * @param name relative to the output folder ({@code search/index.json})
 * @param fingerprint a {@link FastDigest} (hex) of what the bytes are made from
 * @param content the bytes, made on demand (gzipped for every file but the manifest)
 */
public record IndexFile(String name, String fingerprint, Supplier<byte[]> content) {
  public IndexFile {
    Objects.requireNonNull(name);
    Objects.requireNonNull(fingerprint);
    Objects.requireNonNull(content);
  }

  /** A file already made; its fingerprint is the hash of its bytes. */
  public IndexFile(String name, byte[] bytes) {
    this(name, FastDigest.hex(bytes), () -> bytes);
  }

  /**
   * A file stored gzipped: compressed only when written, its fingerprint taken from the text
   * (and the level), so an unchanged file is not compressed again to be recognised.
   */
  static IndexFile gzipped(String name, byte[] text) {
    return new IndexFile(name, fingerprint("gzip " + Gzip.LEVEL, FastDigest.hex(text)),
        () -> Gzip.compress(text));
  }

  public byte[] bytes() {
    return content.get();
  }

  /** The hash of several strings, each length-prefixed so that no two lists collide. */
  static String fingerprint(String... parts) {
    FastDigest d = new FastDigest();
    for (String p : parts) {
      byte[] b = p.getBytes(StandardCharsets.UTF_8);
      d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
      d.update((byte) ':');
      d.update(b);
    }
    return HexFormat.of().formatHex(d.digest());
  }
}
