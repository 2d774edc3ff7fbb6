package dev.gazette.search;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip members of the index's shard, posting and fragment files. The header is written here, not
 * by {@code GZIPOutputStream}, so that it is fixed: no time, no file name, the level and OS bytes
 * constant. With one level and no dictionary, the same bytes in give the same bytes out, whatever
 * thread compresses them.
 */
final class Gzip {
  /**
   * zlib's default level. On the 10,000-article index, level 9 saved 274 bytes of 17.5 MB over
   * it (files of a few kB leave the slower search for matches little to find).
   */
  static final int LEVEL = 6;
  static final String EXTENSION = ".gz";
  private static final byte[] HEADER = {
    0x1f, (byte) 0x8b, // magic
    8, // deflate
    0, // flags: no name, comment or extra field
    0, 0, 0, 0, // no modification time
    0, // extra flags: neither the fastest nor the best level
    (byte) 255, // operating system: unknown
  };

  /**
   * One compressor per thread, reset between files: setting up zlib's state for each of an
   * index's 15,000 small files took as long as compressing them. A reset compressor gives the
   * bytes a new one gives (GzipTest). Each is freed once its thread has ended and it is
   * collected.
   */
  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(LEVEL, true));

  private Gzip() {}

  /**
   * Each thread's output buffer, grown to its largest file: a fresh 16 kB buffer and an
   * output stream for each of a 10,000-article index's 15,000 files were a quarter of what the
   * search step allocated (and of the collections it caused).
   */
  private static final ThreadLocal<byte[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new byte[][] {new byte[16_384]});

  static byte[] compress(byte[] data) {
    Deflater deflater = DEFLATERS.get(); // new, or reset after its last file
    byte[][] scratch = SCRATCH.get();
    try {
      deflater.setInput(data);
      deflater.finish();
      byte[] out = scratch[0];
      System.arraycopy(HEADER, 0, out, 0, HEADER.length);
      int size = HEADER.length;
      while (!deflater.finished()) {
        if (size == out.length) {
          out = Arrays.copyOf(out, out.length * 2);
          scratch[0] = out;
        }
        size += deflater.deflate(out, size, out.length - size);
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      byte[] gz = Arrays.copyOf(out, size + 8);
      littleEndian(gz, size, (int) crc.getValue());
      littleEndian(gz, size + 4, data.length); // the size modulo 2^32, as the format says
      return gz;
    } finally {
      // Ready for the thread's next file, and not keeping this one's input alive.
      deflater.reset();
    }
  }

  private static void littleEndian(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
    b[at + 2] = (byte) (v >>> 16);
    b[at + 3] = (byte) (v >>> 24);
  }
}
