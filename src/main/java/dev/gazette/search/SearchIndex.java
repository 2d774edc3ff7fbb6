package dev.gazette.search;

import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.normalize.FastDigest;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
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
  static final int INLINE_MAX = 256;
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
   * Where an article's term counts come from: made from its readable text, given on demand
   * (and made once, shared with its fragment), or kept from an earlier build.
   */
  @FunctionalInterface
  public interface Counter {
    TermCounts count(Article article, Supplier<String> text);

    /** Counts from {@code counted}, which makes the text itself when it needs it. */
    static Counter of(Function<Article, TermCounts> counted) {
      return (a, text) -> counted.apply(a);
    }
  }

  /**
   * What the last index held ({@link SearchState}): the next build indexes only the articles
   * whose fragment changed and encodes only the terms whose postings changed. A resident engine
   * keeps it in memory; a one-shot build loads it from the cache folder and saves it back. Each
   * shard is kept too, in memory, and reused while its entries are the very same strings. Not
   * thread-safe: one build at a time.
   */
  public static final class Memo {
    /** False for a build that keeps nothing (at 100,000 articles, 200 MB of postings). */
    private final boolean keeps;
    private SearchState last;
    private Map<String, ShardMemo> shards = new HashMap<>();
    private Map<String, ShardMemo> nextShards = new HashMap<>();

    public Memo() {
      this(true, null);
    }

    private Memo(boolean keeps, SearchState last) {
      this.keeps = keeps;
      this.last = last;
    }

    /** A memo for a build with no next one: it encodes everything and remembers nothing. */
    public static Memo none() {
      return new Memo(false, null);
    }

    /** Whether the state of an archive of {@code articles} fits a heap of {@code heap} bytes. */
    public static boolean fits(int articles, long heap) {
      return SearchState.weight(articles) <= heap / 8;
    }

    /**
     * A memo that starts from the state in {@code saved} (a saved file's bytes, or
     * {@code null}), if it was written under {@code environment}; from nothing otherwise.
     */
    public static Memo read(byte[] saved, String environment) {
      return new Memo(true, SearchState.read(saved, environment).orElse(null));
    }

    /** A memo that starts from nothing and keeps what it indexes, if the heap has room. */
    public static Memo fresh(int articles, long heap) {
      return fits(articles, heap) ? new Memo() : none();
    }

    /** Whether there is an index state to save: something was indexed and kept. */
    public boolean holdsState() {
      return keeps && last != null;
    }

    /** Writes what the last build indexed under {@code environment}, for {@link #read}. */
    public void write(DataOutputStream out, String environment) throws IOException {
      SearchState state = last;
      if (state == null) {
        throw new IllegalStateException("nothing indexed to write");
      }
      state.write(out, environment);
    }

    /** What a save now would write, for saving later off a resident build's path. */
    public Memo snapshot() {
      return new Memo(keeps, last);
    }

    private record ShardMemo(List<String> entries, String hash, IndexFile file) {}

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

    /** The same entry strings: a kept term gives the very same object again. */
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

    /** Keeps what this build indexed, for the next. */
    void done(SearchState state) {
      if (keeps) {
        last = state;
        shards = nextShards;
      }
      nextShards = new HashMap<>();
    }
  }

  /**
   * Like {@link #build(List, Function, Function)}, starting from what {@code memo} kept of the
   * last index: only articles whose fragment changed are counted, only terms whose postings
   * changed are encoded. The files are the same as a build from nothing would give.
   */
  public static List<IndexFile> build(List<Article> articles, Function<Article, String> path,
      Function<Article, TermCounts> counted, Memo memo) {
    List<IndexFile> files = Collections.synchronizedList(new ArrayList<>());
    files.addAll(build(articles, path, Counter.of(counted), memo, files::add));
    files.sort(Comparator.comparing(IndexFile::name));
    return List.copyOf(files);
  }

  /**
   * Like {@link #build(List, Function, Function, Memo)}, giving the fragments of changed
   * articles to {@code early} as soon as they are made, from any thread, and returning the other
   * files (sorted by name). A changed article's text is made once, for its term counts and its
   * fragment, which is written while the text is at hand instead of held until the index is
   * complete.
   */
  public static List<IndexFile> build(List<Article> articles, Function<Article, String> path,
      Counter counted, Memo memo, Consumer<IndexFile> early) {
    if (articles.size() > Postings.MAX_ARTICLES) {
      throw new dev.gazette.diag.GazetteException("the search index holds at most "
          + Postings.MAX_ARTICLES + " articles; this archive has " + articles.size());
    }
    List<String> paths = articles.stream().map(path).toList();
    int[] ids = ids(articles, paths);
    IndexFile[] fragments = new IndexFile[articles.size()];
    IntStream.range(0, articles.size()).parallel()
        .forEach(i -> fragments[i] = fragment(articles.get(i), paths.get(i), ids[i]));
    SearchState last = memo.keeps ? memo.last : null;
    int[] lengths = new int[articles.size()];
    boolean[] kept = new boolean[articles.size()];
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      SearchState.Doc d = last == null ? null : last.docs().get(paths.get(i));
      if (d != null && d.fingerprint().equals(fragments[i].fingerprint())) {
        kept[i] = true;
        lengths[i] = d.length();
      } else {
        fresh.add(i);
      }
    }
    Map<String, Postings> postings = new HashMap<>();
    boolean[] emitted = new boolean[articles.size()];
    fresh.forEach(i -> emitted[i] = true);
    count(articles, fresh, counted, lengths, postings, (text, i) -> early.accept(new IndexFile(
        fragments[i].name(), fragments[i].fingerprint(),
        () -> Gzip.compress(fragmentBytes(articles.get(i), paths.get(i), text.get())))));
    double avgLength = avgLength(lengths);
    if (last != null && last.avgLength() != avgLength) {
      // Every weight moves with the average length: the last index is of no use.
      last = null;
      List<Integer> rest = IntStream.range(0, articles.size()).filter(i -> kept[i]).boxed()
          .toList();
      Arrays.fill(kept, false);
      count(articles, rest, counted, lengths, postings, null);
    }
    int[] gone = gone(last, paths, kept);

    // Terms the changed articles left untouched are taken as they were; the others are weighed,
    // merged, sorted and encoded, each on its own, on both cores.
    Map<String, SearchState.Term> terms = new HashMap<>();
    List<String> changed = new ArrayList<>(postings.keySet());
    if (last != null) {
      for (Map.Entry<String, SearchState.Term> e : last.terms().entrySet()) {
        if (!postings.containsKey(e.getKey())) {
          if (holdsAny(e.getValue().postings(), gone)) {
            changed.add(e.getKey());
          } else {
            terms.put(e.getKey(), e.getValue());
          }
        }
      }
    }
    SearchState.Term[] encoded = new SearchState.Term[changed.size()];
    SearchState before = last;
    IntStream.range(0, changed.size()).parallel().forEach(i -> {
      String term = changed.get(i);
      SearchState.Term old = before == null ? null : before.terms().get(term);
      Postings added = postings.get(term);
      long[] merged = merge(old == null ? new long[0] : without(old.postings(), gone),
          added == null ? new long[0]
              : added.byWeight(ids, lengths, avgLength, term.startsWith("#")));
      encoded[i] = merged.length == 0 ? null : term(term, merged);
    });
    for (int i = 0; i < changed.size(); i++) {
      if (encoded[i] != null) {
        terms.put(changed.get(i), encoded[i]);
      }
    }

    List<IndexFile> files = new ArrayList<>();
    for (int i = 0; i < fragments.length; i++) {
      if (!emitted[i]) {
        files.add(fragments[i]);
      }
    }
    TreeMap<String, String> entries = new TreeMap<>();
    for (Map.Entry<String, SearchState.Term> e : terms.entrySet()) {
      entries.put(e.getKey(), e.getValue().entry());
      tierFiles(e.getValue(), files);
    }
    List<String[]> shards = new ArrayList<>();
    shard(new ArrayList<>(entries.entrySet()), shards, files, memo);
    // The state is saved in the order of its maps: articles in the archive's order, terms in
    // the index's (entries is sorted), never a hash map's, which depends on how it was filled.
    Map<String, SearchState.Doc> docs = new LinkedHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      docs.put(paths.get(i), new SearchState.Doc(fragments[i].fingerprint(), ids[i],
          lengths[i]));
    }
    Map<String, SearchState.Term> sortedTerms = new LinkedHashMap<>(terms.size() * 2);
    for (String term : entries.keySet()) {
      sortedTerms.put(term, terms.get(term));
    }
    memo.done(new SearchState(docs, sortedTerms, avgLength));
    files.add(manifest(articles.size(), shards));
    files.sort(Comparator.comparing(IndexFile::name));
    return List.copyOf(dedupe(files));
  }

  /**
   * Counts the articles at {@code indexes} into {@code postings} and {@code lengths}, in batches,
   * so that only a batch's term counts are held at once (unless {@code counted} keeps them); the
   * postings keep raw counts until the average length is known.
   */
  private static void count(List<Article> articles, List<Integer> indexes, Counter counted,
      int[] lengths, Map<String, Postings> postings, ObjIntConsumer<Supplier<String>> withText) {
    for (int from = 0; from < indexes.size(); from += BATCH) {
      List<Integer> slice = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
      List<TermCounts> batch = slice.parallelStream().map(i -> {
        Article a = articles.get(i);
        Supplier<String> text = new TextOnce(a);
        TermCounts c = counted.count(a, text);
        if (withText != null) {
          withText.accept(text, i);
        }
        return c;
      }).toList();
      for (int k = 0; k < batch.size(); k++) {
        TermCounts c = batch.get(k);
        int index = slice.get(k);
        Article a = articles.get(index);
        lengths[index] = c.length();
        Set<String> tagTerms = new HashSet<>();
        for (Tag t : a.tags()) {
          tagTerms.addAll(Terms.terms(t.name()));
        }
        String[] terms = c.terms();
        for (int j = 0; j < terms.length; j++) {
          Postings p = postings.computeIfAbsent(terms[j], Postings::new);
          // The equal string the index keys on: counts kept beside their file (the read cache)
          // then hold one string per term across the archive, found by this lookup, which the
          // index makes anyway, instead of a pool of their own.
          terms[j] = p.term;
          p.add(index, c.inBody(j), c.inTitle(j), tagTerms.remove(p.term));
        }
        for (String term : tagTerms) {
          postings.computeIfAbsent(term, Postings::new).add(index, 0, 0, true);
        }
        for (Tag t : a.tags()) {
          postings.computeIfAbsent("#" + t.slug().value(), Postings::new)
              .add(index, 0, 0, true);
        }
      }
    }
  }

  /**
   * The average length, rounded to a step of about 19 %, so that the weights (and the shards)
   * stay put as articles come and go.
   */
  private static double avgLength(int[] lengths) {
    double avg = Arrays.stream(lengths).average().orElse(1);
    return Math.max(1, Math.pow(2, Math.round(4 * Math.log(avg) / Math.log(2)) / 4.0));
  }

  /** The ids of the last index's articles that are not kept as they were, sorted. */
  private static int[] gone(SearchState last, List<String> paths, boolean[] kept) {
    if (last == null) {
      return new int[0];
    }
    Set<String> stay = new HashSet<>();
    for (int i = 0; i < paths.size(); i++) {
      if (kept[i]) {
        stay.add(paths.get(i));
      }
    }
    int[] gone = last.docs().entrySet().stream().filter(e -> !stay.contains(e.getKey()))
        .mapToInt(e -> e.getValue().id()).toArray();
    Arrays.sort(gone);
    return gone;
  }

  private static boolean holdsAny(long[] postings, int[] ids) {
    if (ids.length == 0) {
      return false;
    }
    for (long p : postings) {
      if (Arrays.binarySearch(ids, Postings.id(p)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static long[] without(long[] postings, int[] ids) {
    if (!holdsAny(postings, ids)) {
      return postings;
    }
    return Arrays.stream(postings).filter(p -> Arrays.binarySearch(ids, Postings.id(p)) < 0)
        .toArray();
  }

  /** Two posting lists, each best first, as one. */
  private static long[] merge(long[] a, long[] b) {
    if (b.length == 0) {
      return a;
    }
    if (a.length == 0) {
      return b;
    }
    long[] keys = new long[a.length + b.length];
    for (int i = 0; i < a.length; i++) {
      keys[i] = rankKey(a[i]);
    }
    for (int i = 0; i < b.length; i++) {
      keys[a.length + i] = rankKey(b[i]);
    }
    Arrays.sort(keys);
    for (int i = 0; i < keys.length; i++) {
      keys[i] = fromRankKey(keys[i]);
    }
    return keys;
  }

  /** A packed posting as a number that sorts best weight first, then lowest id. */
  static long rankKey(long packed) {
    return ((long) (255 - Postings.weight(packed)) << 40) | Integer.toUnsignedLong(
        Postings.id(packed));
  }

  static long fromRankKey(long key) {
    int w = 255 - (int) (key >>> 40);
    return ((key & 0xFF_FFFF_FFFFL) << 8) | w;
  }

  /** A term's entry and posting files, from its postings. */
  private static SearchState.Term term(String term, long[] sorted) {
    List<SearchState.Tier> tiers = new ArrayList<>();
    String entry = entry(term, sorted, tiers);
    return new SearchState.Term(sorted, entry, tiers.toArray(new SearchState.Tier[0]));
  }

  /** A frequent term's posting files: made again from its postings only when written. */
  private static void tierFiles(SearchState.Term t, List<IndexFile> files) {
    int from = 0;
    int size = FIRST_TIER;
    for (SearchState.Tier tier : t.tiers()) {
      int start = from;
      int end = Math.min(t.postings().length, from + size);
      files.add(new IndexFile(tier.name(), tier.fingerprint(), () -> Gzip.compress(
          encode(t.postings(), start, end).getBytes(StandardCharsets.US_ASCII))));
      from = end;
      size *= 4;
    }
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
  private static String entry(String term, long[] sorted, List<SearchState.Tier> tiers) {
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
        tiers.add(new SearchState.Tier(name,
            IndexFile.gzipped(name, text.getBytes(StandardCharsets.US_ASCII)).fingerprint()));
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
    String fingerprint = IndexFile.fingerprint("search fragment 3, gzip " + Gzip.LEVEL, path,
        Integer.toString(id), a.title(), a.date().map(LocalDate::toString).orElse(""),
        tags.toString(), a.summary(), a.body());
    return new IndexFile(fragmentName(id), fingerprint,
        () -> Gzip.compress(fragmentBytes(a, path, text(a))));
  }

  private static byte[] fragmentBytes(Article a, String path, String text) {
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

  /** An article's {@link #text}, made on first demand and kept. Not thread-safe. */
  private static final class TextOnce implements Supplier<String> {
    private final Article article;
    private String text;

    TextOnce(Article article) {
      this.article = article;
    }

    @Override
    public String get() {
      if (text == null) {
        text = text(article);
      }
      return text;
    }
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
    b.append("{\"version\":3,\"count\":").append(count)
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

    /** The term, as the first article that has it spells it in memory. */
    final String term;
    private int[] items = new int[4];
    private int size;

    Postings(String term) {
      this.term = term;
    }

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
