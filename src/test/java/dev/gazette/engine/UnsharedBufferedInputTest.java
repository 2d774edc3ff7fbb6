package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reads through the unshared buffer give the bytes of the stream, whatever the read sizes. */
class UnsharedBufferedInputTest {

  @Test
  void readsEveryByteInOrderWhateverTheMixOfReads() throws IOException {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[random.nextInt(5000)];
      random.nextBytes(data);
      // The source hands out short reads, as a file channel or a pipe may.
      InputStream source = new FilterInputStream(new ByteArrayInputStream(data)) {
        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return super.read(b, off, Math.min(len, 1 + random.nextInt(97)));
        }
      };
      InputStream in = new UnsharedBufferedInput(source, 1 + random.nextInt(300));
      byte[] got = new byte[data.length];
      int at = 0;
      while (at < data.length) {
        if (random.nextBoolean()) {
          got[at++] = (byte) in.read();
        } else {
          int n = in.read(got, at, random.nextInt(Math.min(600, data.length - at) + 1));
          assertThat(n).isGreaterThanOrEqualTo(0);
          at += n;
        }
      }
      assertThat(got).isEqualTo(data);
      assertThat(in.read()).isEqualTo(-1);
      assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
  }

  @Test
  void aCutStreamEndsAnIntWithAnError() throws IOException {
    DataInputStream in = new DataInputStream(new UnsharedBufferedInput(
        new ByteArrayInputStream(new byte[] {0, 0, 1, 2, 9}), 2));
    assertThat(in.readInt()).isEqualTo(258);
    assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
  }
}
