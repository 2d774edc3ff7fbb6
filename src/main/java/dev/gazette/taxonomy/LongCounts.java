package dev.gazette.taxonomy;

import java.util.HashMap;
import java.util.Map;

/**
 * How many times each 64-bit key was added, in an open-addressing table of primitives: the
 * archive's lower-case word counts take millions of additions on every build, which sorting
 * one array of them all, or a map of boxed keys, made slow.
 */
final class LongCounts {
  private long[] keys;
  private int[] counts;
  private int size;
  /** Key 0 marks an empty slot; its own count is kept aside. */
  private int zeros;

  LongCounts(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    counts = new int[capacity];
  }

  void add(long key) {
    if (key == 0) {
      zeros++;
      return;
    }
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (keys[i] != 0) {
      if (keys[i] == key) {
        counts[i]++;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    counts[i] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /** The counts as a map, for the archive's lookups and updates. */
  Map<Long, Integer> toMap() {
    Map<Long, Integer> map = new HashMap<>((size + 1) * 4 / 3 + 1);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        map.put(keys[i], counts[i]);
      }
    }
    if (zeros > 0) {
      map.put(0L, zeros);
    }
    return map;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j]) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }
}
