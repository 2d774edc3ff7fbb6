package dev.gazette.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * A buffered stream for a single reader. The state files are read a field at a time through
 * {@link java.io.DataInputStream}, four reads an int; {@link java.io.BufferedInputStream} takes
 * a lock for each, which was most of the time spent loading the read cache.
 */
final class UnsharedBufferedInput extends InputStream {
  private final InputStream in;
  private final byte[] buffer;
  private int position;
  private int end;

  UnsharedBufferedInput(InputStream in, int size) {
    this.in = Objects.requireNonNull(in);
    this.buffer = new byte[size];
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public int read() throws IOException {
    if (position == end && !fill()) {
      return -1;
    }
    return buffer[position++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (position == end) {
      if (len >= buffer.length) {
        return in.read(b, off, len); // a large read goes straight through
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, end - position);
    System.arraycopy(buffer, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public int available() throws IOException {
    return end - position + in.available();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
