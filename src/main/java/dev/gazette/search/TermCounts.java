package dev.gazette.search;

import dev.gazette.content.Article;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
    Map<String, int[]> counts = new LinkedHashMap<>();
    int length = 0;
    for (String t : Terms.terms(text)) {
      counts.computeIfAbsent(t, k -> new int[2])[0]++;
      length++;
    }
    for (String t : Terms.terms(a.title())) {
      counts.computeIfAbsent(t, k -> new int[2])[1]++;
      length++;
    }
    String[] terms = new String[counts.size()];
    int[] packed = new int[counts.size()];
    int i = 0;
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      terms[i] = e.getKey();
      packed[i] = pack(e.getValue()[0], e.getValue()[1]);
      i++;
    }
    return new TermCounts(terms, packed, Math.max(1, length));
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
