package dev.gazette.taxonomy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The archive counts one article's tag choice looked up, as 64-bit hashes of (which count, key).
 * A resident build takes the choice again only when one of them has changed; two keys with one
 * hash only cost a choice taken again, never a stale one.
 */
final class Reads {
  static final long LOWER = 0x5DEECE66DL;
  static final long SURE = 0x9E3779B97F4A7C15L;
  static final long SURNAME = 0xC2B2AE3D27D4EB4FL;

  private final Set<Long> keys = new HashSet<>();

  void add(long key) {
    keys.add(key);
  }

  /** Sorted, for {@link #any}. */
  long[] toArray() {
    long[] out = new long[keys.size()];
    int i = 0;
    for (long k : keys) {
      out[i++] = k;
    }
    Arrays.sort(out);
    return out;
  }

  /** Whether a sorted array of reads holds one of {@code changed}. */
  static boolean any(long[] reads, Set<Long> changed) {
    if (changed.size() < reads.length) {
      for (long c : changed) {
        if (Arrays.binarySearch(reads, c) >= 0) {
          return true;
        }
      }
      return false;
    }
    for (long r : reads) {
      if (changed.contains(r)) {
        return true;
      }
    }
    return false;
  }
}
