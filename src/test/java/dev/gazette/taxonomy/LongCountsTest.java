package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The primitive counting table counts as a map of boxed keys does. */
class LongCountsTest {

  @Test
  void countsLikeAMap() {
    Random random = new Random(8);
    for (int round = 0; round < 300; round++) {
      int vocabulary = 1 + random.nextInt(round < 150 ? 50 : 20_000);
      long[] words = new long[vocabulary];
      for (int i = 0; i < vocabulary; i++) {
        // Keys that collide in the low bits, negative ones and 0 among them.
        words[i] = switch (random.nextInt(4)) {
          case 0 -> (long) random.nextInt(64) << 40;
          case 1 -> -random.nextLong(1_000);
          case 2 -> random.nextInt(3);
          default -> random.nextLong();
        };
      }
      LongCounts counts = new LongCounts(random.nextInt(40));
      Map<Long, Integer> expected = new HashMap<>();
      for (int n = random.nextInt(30_000); n > 0; n--) {
        long w = words[random.nextInt(vocabulary)];
        counts.add(w);
        expected.merge(w, 1, Integer::sum);
      }
      assertThat(counts.toMap()).as("round %d", round).isEqualTo(expected);
    }
  }
}
