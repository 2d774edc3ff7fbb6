package dev.gazette.search;

import dev.gazette.content.Article;
import java.util.Arrays;
import java.util.Objects;

/**
 * How often each indexed term occurs in one article's own text: its body (with its summary) and
 * its title. It depends on nothing else, so it is kept with the source file between builds
 * (the read cache) and an unchanged article is not tokenized again. The tags' terms are added
 * when the index is built: tags are chosen across the archive and may change without the file.
 *
 * @param terms distinct terms, in first-seen order
 * @param counts for each term, the count in the body (high 16 bits) and in the title (low 16),
 *     each at most 65,535
 * @param length the number of indexed words in body and title, at least 1
 */
public record TermCounts(String[] terms, int[] counts, int length) {
  static final int MAX_COUNT = 0xFFFF;

  public TermCounts {
    Objects.requireNonNull(terms);
    Objects.requireNonNull(counts);
    if (terms.length != counts.length || length < 1) {
      throw new IllegalArgumentException("terms and counts differ, or no length");
    }
  }

  /** The counts of {@code a}'s body, summary and title. */
  public static TermCounts of(Article a) {
    return of(a, SearchIndex.text(a));
  }

  /** The counts of {@code a}, whose readable text ({@code SearchIndex.text}) is {@code text}. */
  public static TermCounts of(Article a, String text) {
    Counting c = new Counting();
    c.scan(text, 0);
    c.scan(a.title(), 1);
    return c.counts();
  }

  /**
   * The terms of {@link Terms#terms}, counted as they are scanned: a word already seen is found
   * in a table by its characters, so it is neither made a string again nor looked up in a map;
   * a word of ASCII letters and digits (nearly all of them) is lower-cased as it is hashed. The
   * same words, folds and order as {@code Terms.terms} (TermCountsTest compares the two).
   */
  private static final class Counting {
    private String[] words = new String[64];
    /** Per word: occurrences in the body and the title; -1 in the body for a stop word. */
    private int[] body = new int[64];
    private int[] title = new int[64];
    private int size;
    private int length;
    /** Open addressing: word number + 1, or 0 for an empty slot; a power of two long. */
    private int[] slots = new int[128];
    private int[] hashes = new int[128];
    private final char[] buffer = new char[Terms.MAX_LENGTH];

    void scan(String text, int field) {
      Terms.scan(text, (t, from, to, ascii) -> word(t, from, to, ascii, field));
    }

    private void word(char[] t, int from, int to, boolean ascii, int field) {
      if (!ascii) {
        String w = Terms.fold(new String(t, from, to - from));
        if (w.length() >= 2 && w.length() <= Terms.MAX_LENGTH) {
          char[] chars = w.toCharArray();
          count(chars, chars.length, w, field);
        }
        return;
      }
      int n = to - from;
      if (n < 2 || n > Terms.MAX_LENGTH) {
        return; // a fold of ASCII is as long as the word
      }
      Terms.lowerAscii(t, from, to, buffer);
      count(buffer, n, null, field);
    }

    /** Counts the folded word {@code chars[0, n)}, which is {@code known} if not null. */
    private void count(char[] chars, int n, String known, int field) {
      int h = 0;
      for (int k = 0; k < n; k++) {
        h = 31 * h + chars[k];
      }
      int mask = slots.length - 1;
      int slot = (h ^ (h >>> 16)) & mask;
      for (int at; (at = slots[slot]) != 0; slot = (slot + 1) & mask) {
        int w = at - 1;
        if (hashes[slot] == h && equal(words[w], chars, n)) {
          if (body[w] >= 0) {
            (field == 0 ? body : title)[w]++;
            length++;
          }
          return;
        }
      }
      String word = known != null ? known : new String(chars, 0, n);
      if (size == words.length) {
        words = Arrays.copyOf(words, size * 2);
        body = Arrays.copyOf(body, size * 2);
        title = Arrays.copyOf(title, size * 2);
      }
      words[size] = word;
      boolean stop = Terms.isStopWord(word);
      body[size] = stop ? -1 : field == 0 ? 1 : 0;
      title[size] = !stop && field == 1 ? 1 : 0;
      slots[slot] = ++size;
      hashes[slot] = h;
      if (!stop) {
        length++;
      }
      if (size * 2 > slots.length) {
        grow();
      }
    }

    private static boolean equal(String word, char[] chars, int n) {
      if (word.length() != n) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        if (word.charAt(k) != chars[k]) {
          return false;
        }
      }
      return true;
    }

    private void grow() {
      int[] oldSlots = slots;
      int[] oldHashes = hashes;
      slots = new int[oldSlots.length * 2];
      hashes = new int[oldSlots.length * 2];
      int mask = slots.length - 1;
      for (int i = 0; i < oldSlots.length; i++) {
        if (oldSlots[i] != 0) {
          int h = oldHashes[i];
          int slot = (h ^ (h >>> 16)) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = oldSlots[i];
          hashes[slot] = h;
        }
      }
    }

    TermCounts counts() {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (body[i] >= 0) {
          kept++;
        }
      }
      String[] terms = new String[kept];
      int[] packed = new int[kept];
      int j = 0;
      for (int i = 0; i < size; i++) {
        if (body[i] >= 0) {
          terms[j] = words[i];
          packed[j++] = pack(body[i], title[i]);
        }
      }
      return new TermCounts(terms, packed, Math.max(1, length));
    }
  }

  static int pack(int inBody, int inTitle) {
    return (Math.min(inBody, MAX_COUNT) << 16) | Math.min(inTitle, MAX_COUNT);
  }

  int inBody(int i) {
    return counts[i] >>> 16;
  }

  int inTitle(int i) {
    return counts[i] & MAX_COUNT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermCounts t && length == t.length && Arrays.equals(terms, t.terms)
        && Arrays.equals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(counts) + length;
  }

  @Override
  public String toString() {
    return "TermCounts" + Arrays.toString(terms);
  }
}
