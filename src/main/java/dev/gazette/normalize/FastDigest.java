package dev.gazette.normalize;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A 256-bit fingerprint of bytes, for telling whether generated files and their inputs changed:
 * four 64-bit lanes in the manner of xxHash64, each output word mixed from all of them and the
 * length. Not a cryptographic hash (nothing here needs one: a collision only costs a page not
 * written again, and whoever could craft one writes the content anyway), but on a JVM that runs
 * only its fast compiler, as {@code bin/gazette} does, SHA-256 runs at about 60 MB/s, and builds
 * fingerprinted every article's text several times over with it. Where a SHA-256 is promised (a
 * normalized file's {@code source_sha256}), {@link Hashes} still gives one.
 */
public final class FastDigest {
  private static final long P1 = 0x9E3779B185EBCA87L;
  private static final long P2 = 0xC2B2AE3D27D4EB4FL;
  private static final long P3 = 0x165667B19E3779F9L;
  private static final long P4 = 0x85EBCA77C2B2AE63L;
  private static final long P5 = 0x27D4EB2F165667C5L;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private long v1 = P1 + P2;
  private long v2 = P2;
  private long v3 = 0;
  private long v4 = -P1;
  private final byte[] stripe = new byte[32];
  private int buffered;
  private long length;

  /** The fingerprint of {@code bytes} in 64 hex digits. */
  public static String hex(byte[] bytes) {
    FastDigest d = new FastDigest();
    d.update(bytes);
    return HexFormat.of().formatHex(d.digest());
  }

  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  public FastDigest update(byte b) {
    stripe[buffered++] = b;
    length++;
    if (buffered == 32) {
      stripe(stripe, 0);
      buffered = 0;
    }
    return this;
  }

  /** The four bytes of {@code v}, most significant first (as {@code ByteBuffer.putInt}). */
  public FastDigest updateInt(int v) {
    if (buffered <= 28) {
      stripe[buffered] = (byte) (v >>> 24);
      stripe[buffered + 1] = (byte) (v >>> 16);
      stripe[buffered + 2] = (byte) (v >>> 8);
      stripe[buffered + 3] = (byte) v;
      buffered += 4;
      length += 4;
      if (buffered == 32) {
        stripe(stripe, 0);
        buffered = 0;
      }
      return this;
    }
    return update((byte) (v >>> 24)).update((byte) (v >>> 16)).update((byte) (v >>> 8))
        .update((byte) v);
  }

  public FastDigest update(byte[] bytes) {
    return update(bytes, 0, bytes.length);
  }

  public FastDigest update(byte[] bytes, int offset, int count) {
    int i = offset;
    int end = offset + count;
    length += count;
    if (buffered > 0) {
      int n = Math.min(32 - buffered, count);
      System.arraycopy(bytes, i, stripe, buffered, n);
      buffered += n;
      i += n;
      if (buffered < 32) {
        return this;
      }
      stripe(stripe, 0);
      buffered = 0;
    }
    for (; i + 32 <= end; i += 32) {
      stripe(bytes, i);
    }
    System.arraycopy(bytes, i, stripe, 0, end - i);
    buffered = end - i;
    return this;
  }

  private void stripe(byte[] b, int at) {
    v1 = round(v1, (long) LONGS.get(b, at));
    v2 = round(v2, (long) LONGS.get(b, at + 8));
    v3 = round(v3, (long) LONGS.get(b, at + 16));
    v4 = round(v4, (long) LONGS.get(b, at + 24));
  }

  private static long round(long acc, long input) {
    return Long.rotateLeft(acc + input * P2, 31) * P1;
  }

  /** The 32 bytes of the fingerprint; the digest is not to be used afterwards. */
  public byte[] digest() {
    // The tail, padded with zeros; the length mixed in below tells "a" from "a\0".
    java.util.Arrays.fill(stripe, buffered, 32, (byte) 0);
    stripe(stripe, 0);
    long all = Long.rotateLeft(v1, 1) + Long.rotateLeft(v2, 7) + Long.rotateLeft(v3, 12)
        + Long.rotateLeft(v4, 18) + length * P5;
    byte[] out = new byte[32];
    long[] lanes = {v1, v2, v3, v4};
    long[] primes = {P1, P2, P3, P4};
    for (int i = 0; i < 4; i++) {
      LONGS.set(out, i * 8, avalanche(lanes[i] * primes[i] ^ Long.rotateLeft(all, 16 * i + 5)
          ^ length));
    }
    return out;
  }

  private static long avalanche(long h) {
    h ^= h >>> 33;
    h *= P2;
    h ^= h >>> 29;
    h *= P3;
    return h ^ (h >>> 32);
  }
}
