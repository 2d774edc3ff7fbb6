package dev.gazette.search;

import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.normalize.FastDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Builds the client-side search index: a small manifest, dictionary shards split by term prefix,
 * posting files for frequent terms, and one fragment per article for results and snippets.
 *
 * <p>The design keeps every query small whatever the archive's size:
 * <ul>
 *   <li>The dictionary is sorted and cut into shards of about {@link #SHARD_TARGET} characters;
 *       the manifest lists each shard's first term, so a term, or every completion of a
 *       prefix, is found in one shard or a few neighbours.</li>
 *   <li>A rare term's postings sit in its shard. A frequent term's postings are in tiers of
 *       growing size ({@link #FIRST_TIER}, then four times more each), best matches first, so
 *       the client can rank from the first tier and fetch more only while its byte budget
 *       allows.</li>
 *   <li>A posting is a document id and a quantized BM25 weight (title and tag matches boosted).
 *       The weight uses only the article's own counts and a coarsely rounded average length,
 *       never the archive size, so adding an article changes only the shards of its terms. The
 *       client applies IDF from the document frequency and the article count in the manifest.</li>
 *   <li>A document id is its day (days since 1800-01-01, 0 for undated) times
 *       {@link #SLOTS_PER_DAY} plus a slot hashed from its URL: stable across builds, sorted by
 *       date, small gaps for compact posting lists, and the year filter needs no extra data.
 *       More than {@value #SLOTS_PER_DAY} articles on one day spill into the next day's ids.</li>
 *   <li>Shard and posting files have content-hashed names; fragments are named by id and only
 *       change with their article. Only the manifest has a fixed name.</li>
 *   <li>Every file but the manifest is stored gzipped ({@link Gzip}) and named {@code .gz}:
 *       static hosts serve such a file's bytes as they are instead of compressing them again,
 *       and the client inflates them. Names and hashes are those of the text inside.</li>
 * </ul>
 * Phrases are not stored as positions: the client checks them on the fetched fragment text.
 */
public final class SearchIndex {
  public static final String DIR = "search/";
  public static final String MANIFEST = DIR + "index.json";
  static final int SLOTS_PER_DAY = 256;
  static final LocalDate EPOCH = LocalDate.of(1800, 1, 1);
  /** Shards hold about this many characters of JSON (before compression), within min/max. */
  static final int SHARD_TARGET = 6_000;
  static final int SHARD_MIN = SHARD_TARGET / 4;
  static final int SHARD_MAX = SHARD_TARGET * 3;
  /** Postings kept in the shard itself, for terms that occur in few articles. */
  static final int INLINE_MAX = 64;
  static final int FIRST_TIER = 1000;
  /** Fragment text beyond this is left out (snippets and phrase checks use the start). */
  static final int FRAGMENT_TEXT_MAX = 12_000;
  static final double K1 = 1.2;
  static final double B = 0.75;
  static final double TITLE_BONUS = 1.5;
  static final double TAG_BONUS = 1.0;
  /** Weights are multiplied by this and rounded into 1..{@value #WEIGHT_MAX}. */
  static final double WEIGHT_SCALE = 20;
  static final int WEIGHT_MAX = 127;
  /** Articles read at once while indexing. */
  static final int BATCH = 2048;
  static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  private SearchIndex() {}

  /**
   * The index of {@code articles}.
   *
   * @param path each article's site-relative URL path ({@code 2024/06/slug/}); the client adds
   *     the base path, so the index does not depend on it
   */
  public static List<IndexFile> build(List<Article> articles, Function<Article, String> path) {
    return build(articles, path, TermCounts::of);
  }

  /**
   * The index of {@code articles}, taking each article's term counts from {@code counted}
   * (which may keep them between builds: they depend only on the article's own text).
   */
  public static List<IndexFile> build(List<Article> articles, Function<Article, String> path,
      Function<Article, TermCounts> counted) {
    return build(articles, path, counted, new Memo());
  }

  /**
   * What the last index of a resident engine encoded: each term's entry and each shard, reused
   * when their postings and entries are the same again. Not thread-safe: one build at a time.
   */
  public static final class Memo {
    /** False for a one-shot build: nothing is kept (at 100,000 articles, 200 MB of postings). */
    private final boolean keeps;
    private Map<String, TermMemo> terms = new HashMap<>();
    private Map<String, ShardMemo> shards = new HashMap<>();
    private Map<String, TermMemo> nextTerms = new java.util.concurrent.ConcurrentHashMap<>();
    private Map<String, ShardMemo> nextShards = new HashMap<>();

    public Memo() {
      this(true);
    }

    private Memo(boolean keeps) {
      this.keeps = keeps;
    }

    /** A memo for a build with no next one: it encodes everything and remembers nothing. */
    public static Memo none() {
      return new Memo(false);
    }

    private record TermMemo(long[] sorted, String entry, List<IndexFile> files) {}

    private record ShardMemo(List<String> entries, String hash, IndexFile file) {}

    String entry(String term, long[] sorted, List<IndexFile> files) {
      if (!keeps) {
        return SearchIndex.entry(term, sorted, files);
      }
      TermMemo m = terms.get(term);
      if (m == null || !Arrays.equals(m.sorted(), sorted)) {
        List<IndexFile> own = new ArrayList<>();
        m = new TermMemo(sorted, SearchIndex.entry(term, sorted, own), List.copyOf(own));
      }
      nextTerms.put(term, m);
      files.addAll(m.files());
      return m.entry();
    }

    String[] shard(String first, List<Map.Entry<String, String>> group, List<IndexFile> files) {
      if (!keeps) {
        return new String[] {first, writeShard(first, group, files)[1]};
      }
      String key = group.get(0).getKey();
      ShardMemo m = shards.get(key);
      if (m == null || !sameEntries(m.entries(), group)) {
        List<IndexFile> own = new ArrayList<>();
        String hash = writeShard(first, group, own)[1];
        m = new ShardMemo(group.stream().map(Map.Entry::getValue).toList(), hash, own.get(0));
      }
      nextShards.put(key, m);
      files.add(m.file());
      return new String[] {first, m.hash()};
    }

    /** The same entry strings: a memo hit gives the very same object again. */
    private static boolean sameEntries(List<String> old, List<Map.Entry<String, String>> group) {
      if (old.size() != group.size()) {
        return false;
      }
      for (int i = 0; i < old.size(); i++) {
        if (old.get(i) != group.get(i).getValue() && !old.get(i).equals(group.get(i).getValue())) {
          return false;
        }
      }
      return true;
    }

    /** Keeps what this build used, for the next. */
    void done() {
      terms = nextTerms;
      shards = nextShards;
      nextTerms = new java.util.concurrent.ConcurrentHashMap<>();
      nextShards = new HashMap<>();
    }
  }

  /** Like {@link #build(List, Function, Function)}, reusing what {@code memo} encoded before. */
  public static List<IndexFile> build(List<Article> articles, Function<Article, String> path,
      Function<Article, TermCounts> counted, Memo memo) {
    if (articles.size() > Postings.MAX_ARTICLES) {
      throw new dev.gazette.diag.GazetteException("the search index holds at most "
          + Postings.MAX_ARTICLES + " articles; this archive has " + articles.size());
    }
    List<String> paths = articles.stream().map(path).toList();
    int[] ids = ids(articles, paths);
    int[] lengths = new int[articles.size()];
    Map<String, Postings> postings = new HashMap<>();
    List<IndexFile> files = new ArrayList<>();
    // In batches, so that only a batch's term counts are held at once (unless {@code counted}
    // keeps them); the postings keep raw counts until the average length is known.
    for (int from = 0; from < articles.size(); from += BATCH) {
      int start = from;
      List<TermCounts> batch = IntStream.range(from, Math.min(articles.size(), from + BATCH))
          .parallel().mapToObj(i -> counted.apply(articles.get(i))).toList();
      for (int i = 0; i < batch.size(); i++) {
        TermCounts c = batch.get(i);
        Article a = articles.get(start + i);
        int index = start + i;
        lengths[index] = c.length();
        Set<String> tagTerms = new HashSet<>();
        for (Tag t : a.tags()) {
          tagTerms.addAll(Terms.terms(t.name()));
        }
        for (int j = 0; j < c.terms().length; j++) {
          String term = c.terms()[j];
          postings.computeIfAbsent(term, k -> new Postings())
              .add(index, c.inBody(j), c.inTitle(j), tagTerms.remove(term));
        }
        for (String term : tagTerms) {
          postings.computeIfAbsent(term, k -> new Postings()).add(index, 0, 0, true);
        }
        for (Tag t : a.tags()) {
          postings.computeIfAbsent("#" + t.slug().value(), k -> new Postings())
              .add(index, 0, 0, true);
        }
      }
    }
    for (int i = 0; i < articles.size(); i++) {
      files.add(fragment(articles.get(i), paths.get(i), ids[i]));
    }
    double avg = Arrays.stream(lengths).average().orElse(1);
    // Rounded to a step of about 19 %, so that the weights (and the shards) stay put as
    // articles come and go.
    double avgLength = Math.max(1, Math.pow(2, Math.round(4 * Math.log(avg) / Math.log(2)) / 4.0));

    // Each term's entry is its own: weighed, sorted and encoded on both cores.
    List<Map.Entry<String, Postings>> terms = new ArrayList<>(postings.entrySet());
    String[] encoded = new String[terms.size()];
    java.util.Queue<IndexFile> tiers = new java.util.concurrent.ConcurrentLinkedQueue<>();
    IntStream.range(0, terms.size()).parallel().forEach(i -> {
      String term = terms.get(i).getKey();
      List<IndexFile> own = new ArrayList<>();
      encoded[i] = memo.entry(term, terms.get(i).getValue().byWeight(ids, lengths, avgLength,
          term.startsWith("#")), own);
      tiers.addAll(own);
    });
    files.addAll(tiers); // the files are sorted by name below, whatever order they came in
    TreeMap<String, String> entries = new TreeMap<>();
    for (int i = 0; i < terms.size(); i++) {
      entries.put(terms.get(i).getKey(), encoded[i]);
    }
    List<String[]> shards = new ArrayList<>();
    shard(new ArrayList<>(entries.entrySet()), shards, files, memo);
    memo.done();
    files.add(manifest(articles.size(), shards));
    files.sort(Comparator.comparing(IndexFile::name));
    return List.copyOf(dedupe(files));
  }

  /** BM25's term-frequency part, with bonuses for the title and the tags. */
  static int weight(int inBody, int inTitle, boolean inTags, int length, double avgLength) {
    double f = inBody + inTitle;
    double w = f == 0 ? 0 : f * (K1 + 1) / (f + K1 * (1 - B + B * length / avgLength));
    if (inTitle > 0) {
      w += TITLE_BONUS;
    }
    if (inTags) {
      w += TAG_BONUS;
    }
    return (int) Math.max(1, Math.min(WEIGHT_MAX, Math.round(w * WEIGHT_SCALE)));
  }

  /** Stable document ids, see the class comment. */
  static int[] ids(List<Article> articles, List<String> paths) {
    Integer[] order = new Integer[articles.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long[] day = new long[articles.size()];
    for (int i = 0; i < day.length; i++) {
      day[i] = day(articles.get(i));
    }
    Arrays.sort(order, Comparator.<Integer>comparingLong(i -> day[i])
        .thenComparing(paths::get));
    int[] ids = new int[articles.size()];
    Set<Integer> taken = new HashSet<>();
    for (int i : order) {
      int id = (int) (day[i] * SLOTS_PER_DAY) + slot(paths.get(i));
      while (!taken.add(id)) {
        id++;
      }
      ids[i] = id;
    }
    return ids;
  }

  static long day(Article a) {
    return a.date().map(d -> Math.max(1, Math.min(200_000,
        ChronoUnit.DAYS.between(EPOCH, d) + 1))).orElse(0L);
  }

  private static int slot(String path) {
    int h = path.hashCode();
    h ^= h >>> 16;
    h *= 0x45d9f3b;
    h ^= h >>> 16;
    return Math.floorMod(h, SLOTS_PER_DAY);
  }

  /** A term's dictionary entry: {@code [term, df, "postings"]} or {@code [term, df, [tiers]]}. */
  private static String entry(String term, long[] sorted, List<IndexFile> files) {
    StringBuilder b = new StringBuilder();
    b.append('[');
    Json.string(b, term).append(',').append(sorted.length).append(',');
    if (sorted.length <= INLINE_MAX) {
      b.append('"').append(encode(sorted, 0, sorted.length)).append('"');
    } else {
      b.append('[');
      int from = 0;
      for (int size = FIRST_TIER; from < sorted.length; size *= 4) {
        int to = Math.min(sorted.length, from + size);
        String text = encode(sorted, from, to);
        String name = DIR + "p/" + hash(text, 12) + ".txt" + Gzip.EXTENSION;
        files.add(IndexFile.gzipped(name, text.getBytes(StandardCharsets.US_ASCII)));
        if (from > 0) {
          b.append(',');
        }
        b.append("[\"").append(name.substring(DIR.length())).append("\",").append(to - from)
            .append(',').append(text.length()).append(']');
        from = to;
      }
      b.append(']');
    }
    return b.append(']').toString();
  }

  /**
   * Postings {@code [from, to)} of a list sorted best first, re-sorted by id and written as
   * (id gap, weight) varints.
   */
  static String encode(long[] byWeight, int from, int to) {
    // A posting is its id above its weight's eight bits: sorted as numbers, they are by id.
    long[] byId = Arrays.copyOfRange(byWeight, from, to);
    Arrays.sort(byId);
    StringBuilder b = new StringBuilder(byId.length * 3);
    int last = 0;
    for (long p : byId) {
      int id = Postings.id(p);
      varint(b, id - last);
      varint(b, Postings.weight(p));
      last = id;
    }
    return b.toString();
  }

  /** Five bits a character, low bits first; the sixth bit says more characters follow. */
  static void varint(StringBuilder b, int value) {
    int v = value;
    while (v >= 32) {
      b.append(ALPHABET.charAt(32 | (v & 31)));
      v >>>= 5;
    }
    b.append(ALPHABET.charAt(v));
  }

  /**
   * Cuts the sorted dictionary into shards of about {@link #SHARD_TARGET} characters. Where to
   * cut is decided by each entry alone (a hash of its term, weighed by its size), never by a
   * running position, so adding or changing a term moves at most the cuts next to it: the other
   * shards keep their bytes and names. The manifest lists each shard's first term.
   */
  private static void shard(List<Map.Entry<String, String>> entries,
      List<String[]> shards, List<IndexFile> files, Memo memo) {
    List<Map.Entry<String, String>> group = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<String, String> e = entries.get(i);
      group.add(e);
      int entrySize = e.getValue().length() + 2;
      size += entrySize;
      boolean last = i == entries.size() - 1;
      if (last || size >= SHARD_MAX || (size >= SHARD_MIN && cutAfter(e.getKey(), entrySize))) {
        shards.add(memo.shard(shards.isEmpty() ? "" : group.get(0).getKey(), group, files));
        group = new ArrayList<>();
        size = 0;
      }
    }
  }

  /** True for about one entry in {@code SHARD_TARGET / entrySize}. */
  static boolean cutAfter(String term, int entrySize) {
    int h = term.hashCode() * 0x9E3779B1;
    h ^= h >>> 15;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    long threshold = (long) entrySize * (1L << 24) / SHARD_TARGET;
    return (h & 0xFF_FFFF) < threshold;
  }

  private static String[] writeShard(String first, List<Map.Entry<String, String>> group,
      List<IndexFile> files) {
    StringBuilder b = new StringBuilder();
    b.append("{\"t\":[");
    for (int i = 0; i < group.size(); i++) {
      b.append(i == 0 ? "" : ",\n").append(group.get(i).getValue());
    }
    b.append("]}\n");
    String text = b.toString();
    String hash = hash(text, 10);
    files.add(IndexFile.gzipped(DIR + "d/" + hash + ".json" + Gzip.EXTENSION,
        text.getBytes(StandardCharsets.UTF_8)));
    return new String[] {first, hash};
  }

  /**
   * An article's fragment: its URL, title, date, tags and text, for results and snippets. Its
   * fingerprint is taken from what it is made of, so an unchanged article's text is not
   * extracted again.
   */
  private static IndexFile fragment(Article a, String path, int id) {
    StringBuilder tags = new StringBuilder();
    for (Tag t : a.tags()) {
      tags.append(t.name()).append('\n').append(t.slug().value()).append('\n');
    }
    String fingerprint = IndexFile.fingerprint("search fragment 2, gzip " + Gzip.LEVEL, path,
        Integer.toString(id), a.title(), a.date().map(LocalDate::toString).orElse(""),
        tags.toString(), a.summary(), a.body());
    return new IndexFile(fragmentName(id), fingerprint,
        () -> Gzip.compress(fragmentBytes(a, path)));
  }

  private static byte[] fragmentBytes(Article a, String path) {
    String text = text(a);
    StringBuilder b = new StringBuilder(text.length() + 200);
    b.append("{\"u\":");
    Json.string(b, path).append(",\"t\":");
    Json.string(b, a.title()).append(",\"d\":");
    Json.string(b, a.date().map(LocalDate::toString).orElse("")).append(",\"g\":[");
    for (int i = 0; i < a.tags().size(); i++) {
      Tag t = a.tags().get(i);
      b.append(i == 0 ? "[" : ",[");
      Json.string(b, t.name()).append(',');
      Json.string(b, t.slug().value()).append(']');
    }
    b.append("],\"x\":");
    Json.string(b, cut(text, FRAGMENT_TEXT_MAX)).append("}\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The readable text of an article: its summary (unless the body holds it) and body. */
  static String text(Article a) {
    String text = MarkdownText.of(a.body());
    String summary = MarkdownText.of(a.summary());
    if (!summary.isEmpty() && !text.contains(summary)) {
      text = summary + " " + text;
    }
    return text;
  }

  static String fragmentName(int id) {
    return DIR + "f/" + Integer.toString(id, 36) + ".json" + Gzip.EXTENSION;
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf(' ', max);
    return text.substring(0, end > 0 ? end : max);
  }

  private static IndexFile manifest(int count, List<String[]> shards) {
    StringBuilder b = new StringBuilder();
    b.append("{\"version\":2,\"count\":").append(count)
        .append(",\"slotsPerDay\":").append(SLOTS_PER_DAY)
        .append(",\"weightScale\":").append((int) WEIGHT_SCALE)
        .append(",\"firstDay\":\"").append(EPOCH).append("\",\"stop\":[");
    for (int i = 0; i < Terms.STOP_WORDS.size(); i++) {
      Json.string(b.append(i == 0 ? "" : ","), Terms.STOP_WORDS.get(i));
    }
    b.append("],\"shards\":[");
    for (int i = 0; i < shards.size(); i++) {
      b.append(i == 0 ? "\n[" : ",\n[");
      Json.string(b, shards.get(i)[0]).append(',');
      Json.string(b, shards.get(i)[1]).append(']');
    }
    b.append("]}\n");
    return new IndexFile(MANIFEST, b.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Two frequent terms with the same postings share a file. */
  private static List<IndexFile> dedupe(List<IndexFile> sorted) {
    List<IndexFile> out = new ArrayList<>(sorted.size());
    for (IndexFile f : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).name().equals(f.name())) {
        out.add(f);
      }
    }
    return out;
  }

  static String hash(String text, int hexChars) {
    return FastDigest.hex(text).substring(0, hexChars);
  }

  /**
   * A term's occurrences while the index is built: (article index, count in body, count in
   * title, in tags) packed in ints, 21, 7, 3 and 1 bits: every posting of an archive is held at
   * once (16 million at 100,000 articles), and BM25 has long stopped growing by 127 mentions.
   */
  static final class Postings {
    /** Articles an index can hold: the article index has 21 bits. */
    static final int MAX_ARTICLES = 1 << 21;

    private int[] items = new int[4];
    private int size;

    void add(int index, int inBody, int inTitle, boolean inTags) {
      if (size == items.length) {
        // Half again, not double: a quarter of a doubled array is empty on average.
        items = Arrays.copyOf(items, size + (size >> 1));
      }
      items[size++] = (index << 11) | (Math.min(inBody, 127) << 4) | (Math.min(inTitle, 7) << 1)
          | (inTags ? 1 : 0);
    }

    /** (id, weight) packed, best weight first, then lowest id. */
    long[] byWeight(int[] ids, int[] lengths, double avgLength, boolean tagTerm) {
      long[] out = new long[size];
      for (int i = 0; i < size; i++) {
        int p = items[i];
        int index = p >>> 11;
        int w = tagTerm ? 1 : SearchIndex.weight((p >>> 4) & 127, (p >>> 1) & 7,
            (p & 1) == 1, lengths[index], avgLength);
        // Sorting (255 - weight, id) puts the best first with one primitive sort.
        out[i] = ((long) (255 - w) << 40) | Integer.toUnsignedLong(ids[index]);
      }
      Arrays.sort(out);
      for (int i = 0; i < out.length; i++) {
        int w = 255 - (int) (out[i] >>> 40);
        out[i] = ((out[i] & 0xFF_FFFF_FFFFL) << 8) | w;
      }
      return out;
    }

    static int id(long packed) {
      return (int) (packed >>> 8);
    }

    static int weight(long packed) {
      return (int) (packed & 0xFF);
    }
  }
}
