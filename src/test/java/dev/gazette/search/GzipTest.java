package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Index files are compressed by each thread's one compressor, reset between files: the bytes
 * must be those a compressor of their own gives, whatever was compressed before on the thread,
 * and gzip must read them back.
 */
class GzipTest {
  @Test
  void aReusedCompressorGivesTheBytesOfAFreshOneAndGzipReadsThemBack() throws IOException {
    Random r = new Random(31);
    String words = "the minister said talks on trade would resume Zoë Путин 日本 ";
    for (int n = 0; n < 300; n++) {
      byte[] data;
      if (r.nextBoolean()) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(3000); i > 0; i--) {
          b.append(words.charAt(r.nextInt(words.length())));
        }
        data = b.toString().getBytes(StandardCharsets.UTF_8);
      } else {
        data = new byte[r.nextInt(n % 50 == 0 ? 200_000 : 5_000)];
        r.nextBytes(data);
      }
      byte[] gz = Gzip.compress(data);
      assertThat(gz).as("input %d", n).isEqualTo(fresh(data));
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
        assertThat(in.readAllBytes()).isEqualTo(data);
      }
    }
  }

  /** A gzip member made with a compressor of its own, as every file was before. */
  private static byte[] fresh(byte[] data) {
    Deflater deflater = new Deflater(Gzip.LEVEL, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 255});
      byte[] buffer = new byte[4096];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      for (long v : new long[] {crc.getValue(), data.length}) {
        for (int i = 0; i < 4; i++) {
          out.write((int) (v >>> (8 * i)));
        }
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
