package dev.gazette.taxonomy;

import dev.gazette.taxonomy.ArchiveTagger.Archive;
import dev.gazette.taxonomy.ArchiveTagger.Memo.Choice;
import dev.gazette.taxonomy.ArchiveTagger.Prepared;
import dev.gazette.taxonomy.TagExtractor.Stats;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one tagging pass leaves for the next build in another process (a one-shot
 * {@code build} after an edit): the archive's counts as 64-bit keys, and each article's choice
 * with the keys it read, by a digest of the article's findings. The next pass counts the archive
 * afresh (cheap), compares the counts with these, and takes a choice again only for an article
 * whose findings are new or that read a count that changed; the resident engine's {@link
 * ArchiveTagger.Memo} does the same from memory. The tags are those of a tagging from nothing.
 */
public final class SavedTagging {
  private static final String FORMAT = "gazette tagger state 1";
  /** Bounds what a damaged file may make this allocate. */
  private static final int MAX_ITEMS = 50_000_000;

  private final int maxTags;
  private final int articles;
  /** Sorted {@link ArchiveTagger#wordHash} of each name surely a name, with its articles. */
  private final long[] sureKeys;
  private final int[] sureCounts;
  /** The read key of the name's surname index entry ({@link Reads#SURNAME}), or 0. */
  private final long[] surnameKeys;
  /** Sorted word hashes of the words written in lower case, with their articles. */
  private final long[] lowerKeys;
  private final int[] lowerCounts;
  private final Map<Long, Choice> choices;

  private SavedTagging(int maxTags, int articles, long[] sureKeys, int[] sureCounts,
      long[] surnameKeys, long[] lowerKeys, int[] lowerCounts, Map<Long, Choice> choices) {
    this.maxTags = maxTags;
    this.articles = articles;
    this.sureKeys = sureKeys;
    this.sureCounts = sureCounts;
    this.surnameKeys = surnameKeys;
    this.lowerKeys = lowerKeys;
    this.lowerCounts = lowerCounts;
    this.choices = choices;
  }

  /** Nothing saved: every choice is taken. */
  public static SavedTagging none() {
    return new SavedTagging(-1, -1, new long[0], new int[0], new long[0], new long[0],
        new int[0], Map.of());
  }

  /** The state of a pass over {@code archive} that made {@code made[i]} from findings {@code i}. */
  static SavedTagging of(int maxTags, Archive archive, long[] digests, Choice[] made) {
    int n = archive.sureDocs.size();
    long[] keys = new long[n];
    long[][] rows = new long[n][];
    int i = 0;
    for (Map.Entry<String, Integer> e : archive.sureDocs.entrySet()) {
      rows[i++] = new long[] {ArchiveTagger.wordHash(e.getKey()), e.getValue(),
          surnameKey(e.getKey())};
    }
    Arrays.sort(rows, (a, b) -> Long.compare(a[0], b[0]));
    int[] counts = new int[n];
    long[] surnames = new long[n];
    for (i = 0; i < n; i++) {
      keys[i] = rows[i][0];
      counts[i] = (int) rows[i][1];
      surnames[i] = rows[i][2];
    }
    long[] lower = new long[archive.lowerDocs.size()];
    i = 0;
    for (long w : archive.lowerDocs.keySet()) {
      lower[i++] = w;
    }
    Arrays.sort(lower);
    int[] lowerCounts = new int[lower.length];
    for (i = 0; i < lower.length; i++) {
      lowerCounts[i] = archive.lowerDocs.get(lower[i]);
    }
    Map<Long, Choice> choices = new HashMap<>();
    for (i = 0; i < made.length; i++) {
      if (made[i] != null) {
        choices.put(digests[i], made[i]);
      }
    }
    return new SavedTagging(maxTags, archive.articles, keys, counts, surnames, lower,
        lowerCounts, choices);
  }

  private static long surnameKey(String name) {
    return Archive.surname(name).map(s -> ArchiveTagger.wordHash(s) ^ Reads.SURNAME).orElse(0L);
  }

  /**
   * The keys whose counts differ between this state and {@code now} (as {@link Reads} notes
   * them); {@code null} when no saved choice holds: a different cap, or another number of
   * articles, which every share depends on.
   */
  Set<Long> changed(int maxTags, Archive now) {
    if (this.maxTags != maxTags || articles != now.articles) {
      return null;
    }
    Set<Long> changed = new HashSet<>();
    boolean[] seen = new boolean[sureKeys.length];
    now.sureDocs.forEach((name, n) -> {
      long key = ArchiveTagger.wordHash(name);
      int at = Arrays.binarySearch(sureKeys, key);
      if (at >= 0) {
        seen[at] = true;
      }
      if (at < 0 || sureCounts[at] != n) {
        changed.add(key ^ Reads.SURE);
        long surname = surnameKey(name);
        if (surname != 0) {
          changed.add(surname);
        }
      }
    });
    for (int i = 0; i < sureKeys.length; i++) {
      if (!seen[i]) {
        changed.add(sureKeys[i] ^ Reads.SURE);
        if (surnameKeys[i] != 0) {
          changed.add(surnameKeys[i]);
        }
      }
    }
    boolean[] seenLower = new boolean[lowerKeys.length];
    now.lowerDocs.forEach((w, n) -> {
      int at = Arrays.binarySearch(lowerKeys, w);
      if (at >= 0) {
        seenLower[at] = true;
      }
      if (at < 0 || lowerCounts[at] != n) {
        changed.add(w ^ Reads.LOWER);
      }
    });
    for (int i = 0; i < lowerKeys.length; i++) {
      if (!seenLower[i]) {
        changed.add(lowerKeys[i] ^ Reads.LOWER);
      }
    }
    return changed;
  }

  /** The choice saved for findings with this {@link #digest}, or {@code null}. */
  Choice choice(long digest) {
    return choices.get(digest);
  }

  /**
   * A 64-bit digest of one article's findings: equal findings give equal digests, whatever the
   * order their maps iterate in.
   */
  static long digest(Prepared p) {
    long h = 0x243F6A8885A308D3L;
    for (Map.Entry<String, Stats> e : p.candidates().names().entrySet()) {
      Stats s = e.getValue();
      long x = ArchiveTagger.wordHash(e.getKey());
      x = mix(x + s.mentions());
      x = mix(x + (s.headline() ? 1 : 0) + (s.lede() ? 2 : 0) + (s.honorific() ? 4 : 0)
          + (s.introduced() ? 8 : 0));
      x = mix(x + s.paragraphs());
      h += mix(x + s.firstParagraph());
    }
    h = mix(h);
    for (Map.Entry<String, Integer> e : p.candidates().countryHints().entrySet()) {
      h += mix(ArchiveTagger.wordHash(e.getKey()) + e.getValue());
    }
    h = mix(h + p.candidates().paragraphs());
    for (long w : p.lowerWords()) {
      h = mix(h ^ w);
    }
    return mix(h + p.lowerWords().length);
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** Writes the state under {@code environment}, for {@link #read}. */
  public void write(DataOutputStream out, String environment) throws IOException {
    out.writeUTF(FORMAT);
    out.writeUTF(environment);
    out.writeInt(maxTags);
    out.writeInt(articles);
    out.writeInt(sureKeys.length);
    for (int i = 0; i < sureKeys.length; i++) {
      out.writeLong(sureKeys[i]);
      out.writeInt(sureCounts[i]);
      out.writeLong(surnameKeys[i]);
    }
    out.writeInt(lowerKeys.length);
    for (int i = 0; i < lowerKeys.length; i++) {
      out.writeLong(lowerKeys[i]);
      out.writeInt(lowerCounts[i]);
    }
    out.writeInt(choices.size());
    // By key, not in the hash map's order: the same state always gives the same bytes.
    List<Map.Entry<Long, Choice>> byKey = new ArrayList<>(choices.entrySet());
    byKey.sort(Map.Entry.comparingByKey());
    for (Map.Entry<Long, Choice> e : byKey) {
      out.writeLong(e.getKey());
      out.writeByte(e.getValue().names().size());
      for (String name : e.getValue().names()) {
        out.writeUTF(name);
      }
      long[] reads = e.getValue().reads();
      out.writeInt(reads.length);
      for (long r : reads) {
        out.writeLong(r);
      }
    }
    out.writeUTF(FORMAT);
  }

  /**
   * The state {@link #write} wrote to {@code in} under {@code environment}; {@link #none} when
   * it was written under another (other code or configuration, whose choices may differ).
   *
   * @throws IOException when the state is cut short or damaged
   */
  public static SavedTagging read(DataInputStream in, String environment) throws IOException {
    if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(environment)) {
      return none();
    }
    int maxTags = in.readInt();
    int articles = in.readInt();
    int n = count(in);
    long[] sure = new long[n];
    int[] sureCounts = new int[n];
    long[] surnames = new long[n];
    for (int i = 0; i < n; i++) {
      sure[i] = in.readLong();
      sureCounts[i] = in.readInt();
      surnames[i] = in.readLong();
    }
    n = count(in);
    long[] lower = new long[n];
    int[] lowerCounts = new int[n];
    for (int i = 0; i < n; i++) {
      lower[i] = in.readLong();
      lowerCounts[i] = in.readInt();
    }
    n = count(in);
    Map<Long, Choice> choices = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long digest = in.readLong();
      int k = in.readUnsignedByte();
      List<String> chosen = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        String name = in.readUTF();
        chosen.add(names.computeIfAbsent(name, s -> s));
      }
      long[] reads = new long[count(in)];
      for (int j = 0; j < reads.length; j++) {
        reads[j] = in.readLong();
      }
      choices.put(digest, new Choice(List.copyOf(chosen), reads));
    }
    if (!in.readUTF().equals(FORMAT) || !sorted(sure) || !sorted(lower)) {
      throw new IOException("damaged tagger state");
    }
    return new SavedTagging(maxTags, articles, sure, sureCounts, surnames, lower, lowerCounts,
        choices);
  }

  private static boolean sorted(long[] keys) {
    for (int i = 1; i < keys.length; i++) {
      if (keys[i - 1] > keys[i]) {
        return false;
      }
    }
    return true;
  }

  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ITEMS) {
      throw new IOException("damaged tagger state: " + n + " items");
    }
    return n;
  }
}
