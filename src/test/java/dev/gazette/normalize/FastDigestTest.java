package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FastDigestTest {
  @Test
  void theSameBytesGiveTheSameFingerprintHoweverTheyAreFed() {
    Random random = new Random(3);
    for (int n : new int[] {0, 1, 7, 31, 32, 33, 64, 100, 1000}) {
      byte[] bytes = new byte[n];
      random.nextBytes(bytes);
      String whole = FastDigest.hex(bytes);
      FastDigest d = new FastDigest();
      int i = 0;
      while (i < n) {
        int step = Math.min(n - i, random.nextInt(40));
        if (step == 1) {
          d.update(bytes[i]);
        } else {
          d.update(bytes, i, step);
        }
        i += step;
      }
      assertThat(HexFormat.of().formatHex(d.digest())).as("%d bytes", n).isEqualTo(whole)
          .hasSize(64);
    }
  }

  @Test
  void anIntIsFedAsItsFourBytesMostSignificantFirst() {
    Random random = new Random(5);
    for (int lead = 0; lead < 70; lead++) {
      byte[] before = new byte[lead];
      random.nextBytes(before);
      int v = random.nextInt();
      FastDigest asInt = new FastDigest().update(before).updateInt(v);
      FastDigest asBytes = new FastDigest().update(before)
          .update(java.nio.ByteBuffer.allocate(4).putInt(v).array());
      assertThat(asInt.digest()).as("after %d bytes", lead).isEqualTo(asBytes.digest());
    }
  }

  @Test
  void nearInputsGiveDifferentFingerprints() {
    Set<String> seen = new HashSet<>();
    // Every one-bit change of a 64-byte input, every length of zeros, trailing zeros.
    byte[] base = new byte[64];
    seen.add(FastDigest.hex(base));
    for (int bit = 0; bit < 512; bit++) {
      byte[] b = base.clone();
      b[bit / 8] ^= (byte) (1 << (bit % 8));
      seen.add(FastDigest.hex(b));
    }
    for (int n = 0; n < 64; n++) {
      seen.add(FastDigest.hex(new byte[n]));
    }
    assertThat(seen).hasSize(1 + 512 + 64);
    assertThat(FastDigest.hex("a")).isNotEqualTo(FastDigest.hex("a\0"));
  }

  @Test
  void everyOutputBitFlipsAboutHalfTheTime() {
    Random random = new Random(9);
    int[] flips = new int[256];
    int trials = 2000;
    for (int t = 0; t < trials; t++) {
      byte[] a = new byte[1 + random.nextInt(80)];
      random.nextBytes(a);
      byte[] b = a.clone();
      b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
      byte[] x = HexFormat.of().parseHex(FastDigest.hex(a));
      byte[] y = HexFormat.of().parseHex(FastDigest.hex(b));
      for (int bit = 0; bit < 256; bit++) {
        if (((x[bit / 8] ^ y[bit / 8]) >> (bit % 8) & 1) == 1) {
          flips[bit]++;
        }
      }
    }
    for (int bit = 0; bit < 256; bit++) {
      assertThat(flips[bit]).as("bit %d", bit).isBetween(trials * 2 / 5, trials * 3 / 5);
    }
  }
}
