package dev.gazette.search;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a search index was built from and what it holds, term by term: the next build starts
 * from it and indexes only the articles that changed. Immutable; {@code serve} keeps it in
 * memory, {@code build} in the cache folder ({@code engine.StateFiles}).
 *
 * @param docs by article URL path: what its fragment was made from (its fingerprint says
 *     whether the article still puts the same postings in the index), its id and its length
 * @param terms by term: its postings, best first, with its dictionary entry and posting files
 * @param avgLength the rounded average length every weight was computed with
 *
 * <p>Both maps iterate in a fixed order (articles as the archive lists them, terms sorted), and
 * {@link #write} keeps it: two builds of one archive save the same bytes.
 */
record SearchState(Map<String, Doc> docs, Map<String, Term> terms, double avgLength) {
  private static final String FORMAT = "gazette search state 1";

  /** One article as indexed. */
  record Doc(String fingerprint, int id, int length) {}

  /** One posting file of a frequent term: its name and the fingerprint of its text. */
  record Tier(String name, String fingerprint) {}

  /**
   * One term as indexed.
   *
   * @param postings (id, weight) packed as in {@code Postings}, best weight first, then lowest id
   */
  record Term(long[] postings, String entry, Tier[] tiers) {}

  /** Bytes of heap the state of an archive of {@code articles} may take, generously. */
  static long weight(int articles) {
    return articles * 4096L;
  }

  /**
   * The state in {@code bytes} (a saved file's), if it was written under {@code environment};
   * empty when there are none, or they are damaged or written by other code.
   */
  static Optional<SearchState> read(byte[] bytes, String environment) {
    if (bytes == null) {
      return Optional.empty();
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      if (!string(in).equals(FORMAT) || !string(in).equals(environment)) {
        return Optional.empty();
      }
      double avgLength = in.getDouble();
      int docCount = count(in);
      // In the order saved, so that saving the state again writes the same bytes.
      Map<String, Doc> docs = new LinkedHashMap<>(docCount * 2);
      for (int i = 0; i < docCount; i++) {
        docs.put(string(in), new Doc(string(in), in.getInt(), in.getInt()));
      }
      int termCount = count(in);
      Map<String, Term> terms = new LinkedHashMap<>(termCount * 2);
      for (int i = 0; i < termCount; i++) {
        String term = string(in);
        String entry = string(in);
        long[] postings = new long[count(in)];
        in.asLongBuffer().get(postings);
        in.position(in.position() + postings.length * Long.BYTES);
        Tier[] tiers = new Tier[count(in)];
        for (int t = 0; t < tiers.length; t++) {
          tiers[t] = new Tier(string(in), string(in));
        }
        terms.put(term, new Term(postings, entry, tiers));
      }
      if (in.hasRemaining()) {
        return Optional.empty();
      }
      return Optional.of(new SearchState(docs, terms, avgLength));
    } catch (BufferUnderflowException | IllegalArgumentException
        | IndexOutOfBoundsException e) {
      return Optional.empty(); // truncated or damaged: the next index is built in full
    }
  }

  /** Writes the state under {@code environment}, for {@link #read}. */
  void write(DataOutputStream out, String environment) throws IOException {
    string(out, FORMAT);
    string(out, environment);
    out.writeDouble(avgLength);
    out.writeInt(docs.size());
    for (Map.Entry<String, Doc> d : docs.entrySet()) {
      string(out, d.getKey());
      string(out, d.getValue().fingerprint());
      out.writeInt(d.getValue().id());
      out.writeInt(d.getValue().length());
    }
    out.writeInt(terms.size());
    byte[] buffer = new byte[0];
    for (Map.Entry<String, Term> e : terms.entrySet()) {
      Term t = e.getValue();
      string(out, e.getKey());
      string(out, t.entry());
      out.writeInt(t.postings().length);
      if (buffer.length < t.postings().length * Long.BYTES) {
        buffer = new byte[Math.max(t.postings().length * Long.BYTES, 4096)];
      }
      ByteBuffer.wrap(buffer).asLongBuffer().put(t.postings());
      out.write(buffer, 0, t.postings().length * Long.BYTES);
      out.writeInt(t.tiers().length);
      for (Tier tier : t.tiers()) {
        string(out, tier.name());
        string(out, tier.fingerprint());
      }
    }
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String string(ByteBuffer in) {
    int length = count(in);
    String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return s;
  }

  private static int count(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalArgumentException("damaged search state");
    }
    return n;
  }
}
