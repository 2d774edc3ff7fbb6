package dev.gazette.engine;

import dev.gazette.content.Article;
import dev.gazette.taxonomy.ArchiveTagger;
import dev.gazette.taxonomy.TagExtractor;
import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import dev.gazette.normalize.FastDigest;
import dev.gazette.normalize.Hashes;
import dev.gazette.normalize.ReadResult;
import dev.gazette.search.TermCounts;
import dev.gazette.source.SourceFile;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What reading each source file gave last time (the article with its tags, and the problems to
 * show), keyed by the file's name and the SHA-256 of its bytes. Reading and normalizing a raw
 * file is the costly part of a build that renders little; a file whose bytes are unchanged is
 * taken from here instead. The cache is only valid for the configuration and Gazette code it was
 * made with ({@link Fingerprints#reading}); a damaged cache is ignored.
 */
public final class ReadCache {
  public static final String FILE = "read-cache.bin";
  private static final String HEADER = "gazette-read-cache 10";
  /** What changed since the cache file was written, when little did: saved in a moment. */
  public static final String DELTA = "read-cache.delta";
  private static final String DELTA_HEADER = "gazette-read-cache-delta 10";
  private static final int END = 0x60A2E77E;
  /** Larger files are read the ordinary way; the reader refuses most of them anyway. */
  private static final long MAX_CACHED_BYTES = 4L << 20;
  /** Heap per article below which term counts are not kept ({@link #roomForTerms}). */
  private static final long TERMS_HEAP_PER_ARTICLE = 16L << 10;
  /** One string for each candidate name this build found ({@link #canonical}). */
  private final Map<String, String> strings = new ConcurrentHashMap<>();
  /** More source files than any archive has; a larger count is damage. */
  private static final int MAX_ENTRIES = 50_000_000;

  /**
   * Heap per article below which a one-shot build moves the tagger's findings out of the heap
   * once the archive is tagged ({@link #spillWhenTight}): about 2.8 kB an article, the largest
   * part of what reading leaves behind, and needed again only to save the cache.
   */
  private static final long SPILL_HEAP_PER_ARTICLE = 24L << 10;

  private final String environment;
  private Map<String, Entry> previous;
  /**
   * This build's entries. Each finding (tagger candidates, story signature, term counts) joins
   * an entry as it is now ({@code computeIfPresent}), never the one read before it was computed:
   * the search thread keeps term counts while the index thread keeps story signatures, and an
   * entry put back whole lost what the other thread added meanwhile.
   */
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  /**
   * File name → its {@link #stamp} when its bytes were last hashed and found to match its entry:
   * a file whose stamp is unchanged is not read and hashed again.
   */
  private final Map<String, String> previousStamps;
  private final Map<String, String> currentStamps = new ConcurrentHashMap<>();
  private final AtomicBoolean changed = new AtomicBoolean();

  /**
   * One file's result, valid while its bytes hash to {@code sha256}, and what the tagger found in
   * its article ({@code null} until a build asked for it).
   */
  record Entry(String sha256, ReadResult result, ArchiveTagger.Prepared prepared, int[] story,
      KeptTerms terms) {
    Entry(String sha256, ReadResult result, ArchiveTagger.Prepared prepared) {
      this(sha256, result, prepared, null, null);
    }

    Entry withPrepared(ArchiveTagger.Prepared p) {
      return new Entry(sha256, result, p, story, terms);
    }

    Entry withStory(int[] s) {
      return new Entry(sha256, result, prepared, s, terms);
    }

    Entry withTerms(TermCounts t) {
      return new Entry(sha256, result, prepared, story, new KeptTerms(t));
    }

    /** The term counts, decoded if they were loaded; {@code null} when none are kept. */
    TermCounts termCounts() {
      return terms == null ? null : terms.get();
    }
  }

  /**
   * An entry's search term counts, decoded from the loaded file only when a build asks for
   * them: the search step's own state holds the unchanged articles' postings, so a build after
   * an edit asks for a few, and decoding every article's was a third of loading the cache.
   */
  static final class KeptTerms {
    private final byte[] encoded;
    private final String[] table;
    private volatile TermCounts decoded;

    KeptTerms(TermCounts counts) {
      this.encoded = null;
      this.table = null;
      this.decoded = counts;
    }

    KeptTerms(byte[] encoded, String[] table) {
      this.encoded = encoded;
      this.table = table;
    }

    /** The counts; {@code null} when the stored block is damaged (they are counted again). */
    TermCounts get() {
      TermCounts t = decoded;
      if (t == null && encoded != null) {
        try {
          t = decodeTerms(encoded, table);
        } catch (IOException e) {
          return null;
        }
        decoded = t;
      }
      return t;
    }
  }

  /**
   * The cache file as loaded ({@code 0} and empty maps when none was): a save that changes
   * little writes only what differs from it, to {@link #DELTA}.
   */
  private final long baseId;
  private Map<String, Entry> base;
  private Map<String, String> baseStamps;
  /** Where {@link #spillWhenTight} wrote entries' tagger findings; {@code null} until then. */
  private Spill spill;

  /** File name → where its entry's encoded tagger findings are in {@link #file}. */
  private record Spill(Path file, Map<String, long[]> at) {}

  private ReadCache(String environment, Map<String, Entry> previous,
      Map<String, String> stamps) {
    this(environment, previous, stamps, 0, Map.of(), Map.of());
  }

  private ReadCache(String environment, Map<String, Entry> previous,
      Map<String, String> stamps, long baseId, Map<String, Entry> base,
      Map<String, String> baseStamps) {
    this.environment = environment;
    this.previous = previous;
    this.previousStamps = stamps;
    this.baseId = baseId;
    this.base = base;
    this.baseStamps = baseStamps;
  }

  public static ReadCache empty(String environment) {
    return new ReadCache(environment, Map.of(), Map.of());
  }

  /** The cache in {@code dir}, or an empty one when it is missing, damaged or out of date. */
  public static ReadCache load(Path dir, String environment) {
    Map<String, Entry> entries = new HashMap<>();
    Map<String, String> stamps = new HashMap<>();
    long id;
    try (DataInputStream in = new DataInputStream(new UnsharedBufferedInput(
        Files.newInputStream(dir.resolve(FILE)), 1 << 16))) {
      if (!string(in).equals(HEADER) || !string(in).equals(environment)) {
        return empty(environment);
      }
      id = in.readLong();
      readEntries(in, entries, stamps);
    } catch (IOException | RuntimeException e) {
      return empty(environment); // missing or damaged
    }
    Map<String, Entry> base = Map.copyOf(entries);
    Map<String, String> baseStamps = Map.copyOf(stamps);
    try (DataInputStream in = new DataInputStream(new UnsharedBufferedInput(
        Files.newInputStream(dir.resolve(DELTA)), 1 << 16))) {
      if (string(in).equals(DELTA_HEADER) && string(in).equals(environment)
          && in.readLong() == id) {
        Map<String, Entry> changed = new HashMap<>();
        Map<String, String> changedStamps = new HashMap<>();
        readEntries(in, changed, changedStamps);
        List<String> removed = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
          removed.add(string(in));
        }
        if (in.readInt() != END) {
          throw new IOException("damaged read cache delta");
        }
        entries.putAll(changed);
        changed.keySet().forEach(stamps::remove);
        stamps.putAll(changedStamps);
        removed.forEach(entries::remove);
        removed.forEach(stamps::remove);
      }
    } catch (IOException | RuntimeException e) {
      // No delta, or one for another cache file or damaged: the cache file alone is as good,
      // only older; every entry is still checked against its file's bytes.
      entries = new HashMap<>(base);
      stamps = new HashMap<>(baseStamps);
    }
    return new ReadCache(environment, entries, stamps, id, base, baseStamps);
  }

  private static void readEntries(DataInputStream in, Map<String, Entry> entries,
      Map<String, String> stamps) throws IOException {
    int count = in.readInt();
    // The count is not trusted until the entries are read: a damaged one must not size a map.
    if (count < 0 || count > MAX_ENTRIES) {
      throw new IOException("damaged read cache: " + count + " entries");
    }
    // Every search term once; articles refer to them by number.
    String[] termTable = termTable(in);
    // Candidate names recur across articles ("Tony Blair" in thousands): one string each.
    Map<String, String> names = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String name = string(in);
      entries.put(name, new Entry(string(in), result(in), prepared(in, names), story(in),
          terms(in, termTable)));
      String stamp = string(in);
      if (!stamp.isEmpty()) {
        stamps.put(name, stamp);
      }
    }
    if (in.readInt() != END) {
      throw new IOException("damaged read cache: no end mark");
    }
  }

  /**
   * What this build read, as the cache of the next build in this process: a resident engine
   * ({@code serve}) carries it from build to build instead of loading the file again.
   */
  public ReadCache carryOver() {
    ReadCache next = new ReadCache(environment, new HashMap<>(current),
        new HashMap<>(currentStamps), baseId, base, baseStamps);
    // This build's save may never happen (the next build cancels it): the next one saves it.
    next.changed.set(changed.get() || !current.keySet().equals(previous.keySet()));
    return next;
  }

  /** The environment ({@link Fingerprints#reading}) the cache is valid for. */
  public String environment() {
    return environment;
  }

  /** The cached result for this file's current bytes, if any. */
  public Optional<ReadResult> lookup(SourceFile file) {
    Entry e = previous.get(file.name());
    if (e == null) {
      return Optional.empty();
    }
    // Taken before the bytes are read: a change made while they are read changes the stamp.
    Optional<String> stamp = stamp(file.path(), System.currentTimeMillis());
    if (stamp.isEmpty() || !stamp.get().equals(previousStamps.get(file.name()))) {
      try {
        if (Files.size(file.path()) > MAX_CACHED_BYTES) {
          return Optional.empty();
        }
        if (!Hashes.sha256(Files.readAllBytes(file.path())).equals(e.sha256())) {
          return Optional.empty();
        }
      } catch (IOException ex) {
        return Optional.empty(); // the reader reports it
      }
      if (stamp.isPresent()) {
        changed.set(true);
      }
    }
    stamp.ifPresent(st -> currentStamps.put(file.name(), st));
    current.put(file.name(), e);
    return Optional.of(e.result());
  }

  /**
   * What the file system says of a file without reading it: size, modification and change time
   * (the change time moves on every write, and no tool sets it back) and inode. Empty where the
   * file system has no such attributes, and for a file changed in the last two seconds: a change
   * within the times' resolution could go unseen, so such a file is hashed next time too.
   */
  public static Optional<String> stamp(Path file, long nowMillis) {
    try {
      Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
      Object ctime = a.get("ctime");
      if (!(ctime instanceof java.nio.file.attribute.FileTime changed)
          || changed.toMillis() > nowMillis - 2000) {
        return Optional.empty();
      }
      return Optional.of(a.get("size") + ":" + a.get("lastModifiedTime") + ":" + ctime + ":"
          + a.get("ino"));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  /** Remembers a fresh result; only results with an article are worth keeping. */
  public void store(SourceFile file, ReadResult result) {
    changed.set(true);
    result.article().ifPresent(a -> current.put(file.name(), new Entry(a.sourceHash(),
        new ReadResult(result.source(), result.article(), result.needsTags(), Optional.empty(),
            result.decodingGuess(), result.dateConfidence(), result.problems()), null)));
  }

  /**
   * What the tagger finds in the article read from {@code file}: kept with the file's entry, so
   * an unchanged file is not searched for names again. {@code article} must be the one this
   * cache gave or was given for that file in this build.
   */
  public ArchiveTagger.Prepared prepared(String file, Article article,
      Function<Article, ArchiveTagger.Prepared> find) {
    Entry e = current.get(file);
    if (e == null || e.result().article().orElse(null) != article) {
      return find.apply(article); // not cached (a file too large, or one without an article)
    }
    if (e.prepared() != null) {
      return e.prepared();
    }
    if (spill != null && spill.at().containsKey(file)) {
      return unspilled(file);
    }
    ArchiveTagger.Prepared found = find.apply(article);
    Map<String, TagExtractor.Stats> names = new HashMap<>(found.candidates().names().size() * 2);
    found.candidates().names().forEach((k, v) -> names.put(canonical(strings, k), v));
    ArchiveTagger.Prepared p = new ArchiveTagger.Prepared(new TagExtractor.Candidates(names,
        found.candidates().countryHints(), found.candidates().lowerWords(),
        found.candidates().paragraphs()), found.lowerWords());
    current.computeIfPresent(file, (k, v) -> v.result() == e.result() ? v.withPrepared(p) : v);
    changed.set(true);
    return p;
  }

  /** The one string kept for {@code s}: names and terms recur across a whole archive. */
  private static String canonical(Map<String, String> pool, String s) {
    String known = pool.putIfAbsent(s, s);
    return known != null ? known : s;
  }

  /**
   * The story signature ({@code taxonomy.StoryGroups}) of an article's body, kept with the file it
   * was read from; {@code article} may be a tagged copy of the one read (its body is the same).
   */
  public int[] story(Article article, Function<Article, int[]> sign) {
    Entry e = current.get(article.source());
    if (e == null || e.result().article().map(Article::body).orElse(null) != article.body()) {
      return sign.apply(article);
    }
    if (e.story() != null) {
      return e.story();
    }
    int[] sig = sign.apply(article);
    if (sig != null) {
      current.computeIfPresent(article.source(),
          (k, v) -> v.result() == e.result() ? v.withStory(sig) : v);
      changed.set(true);
    }
    return sig;
  }

  /**
   * The search term counts ({@code search.TermCounts}) of an article's own text, kept with the
   * file it was read from; {@code article} may be a tagged copy of the one read.
   */
  public TermCounts terms(Article article, Function<Article, TermCounts> count) {
    Entry e = current.get(article.source());
    Article read = e == null ? null : e.result().article().orElse(null);
    if (read == null || read.body() != article.body() || read.title() != article.title()
        || read.summary() != article.summary()) {
      return count.apply(article);
    }
    TermCounts kept = e.termCounts();
    if (kept != null) {
      return kept;
    }
    TermCounts counted = count.apply(article);
    if (!roomForTerms()) {
      return counted; // counted again next time: the heap is kept for the build itself
    }
    // Kept as they are: the search index puts into them the one string it keeps per term
    // (search.SearchIndex), so that a term of a hundred thousand articles is one string here
    // too, as a loaded cache has.
    current.computeIfPresent(article.source(),
        (k, v) -> v.result() == e.result() ? v.withTerms(counted) : v);
    changed.set(true);
    return counted;
  }

  /**
   * Whether the heap has room to keep every article's term counts (about 2 kB an article) beside
   * what a build holds anyway: a 100,000-article archive in a 1 GiB heap does not keep them,
   * and its next build counts them again.
   */
  private boolean roomForTerms() {
    return Runtime.getRuntime().maxMemory() >= (long) current.size() * TERMS_HEAP_PER_ARTICLE;
  }

  /**
   * When the heap is small for the archive, writes what the tagger found in each article to a
   * temporary file in {@code dir} and lets go of it: a one-shot build needs it again only to
   * save this cache, and at 100,000 articles it is 280 MB that the search step and the pages
   * need more. The next {@link #save} copies it back from the file (and writes the whole
   * cache, not a delta) and deletes the file. Call it once the archive is tagged.
   *
   * @param heap the heap the build may use (the JVM's maximum)
   */
  public void spillWhenTight(Path dir, long heap) throws IOException {
    if (spill != null || heap >= (long) current.size() * SPILL_HEAP_PER_ARTICLE) {
      return;
    }
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, FILE + ".spill.", ".tmp");
    file.toFile().deleteOnExit();
    Map<String, long[]> at = new HashMap<>();
    try (java.io.FileOutputStream fos = new java.io.FileOutputStream(file.toFile());
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(fos, 1 << 16))) {
      for (Map.Entry<String, Entry> e : current.entrySet()) {
        if (e.getValue().prepared() == null) {
          continue;
        }
        long from = out.size();
        prepared(out, e.getValue().prepared());
        at.put(e.getKey(), new long[] {from, out.size() - from});
      }
    }
    spill = new Spill(file, at);
    at.keySet().forEach(k -> current.computeIfPresent(k, (key, e) -> e.withPrepared(null)));
    // The cache as loaded still holds the same findings: this build no longer compares with it.
    previous = Map.of();
    base = Map.of();
    baseStamps = Map.of();
  }

  /** The findings {@link #spillWhenTight} wrote for {@code file}, read back. */
  private ArchiveTagger.Prepared unspilled(String file) {
    long[] at = spill.at().get(file);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(spill.file())) {
      return prepared(new DataInputStream(new java.io.ByteArrayInputStream(readAt(ch, at))),
          strings);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Writes the entries of this build, if anything changed; files gone are forgotten. */
  public void save(Path dir) throws IOException {
    if (!changed.get() && current.keySet().equals(previous.keySet())) {
      return;
    }
    Files.createDirectories(dir);
    if (baseId != 0 && spill == null && saveDelta(dir)) {
      return;
    }
    List<Map.Entry<String, Entry>> entries = new ArrayList<>(current.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    long id = id(entries);
    StateFiles.write(dir.resolve(FILE), out -> {
      string(out, HEADER);
      string(out, environment);
      out.writeLong(id);
      writeEntries(out, entries);
    });
    // The delta names the cache file it was made against: an old one no longer applies.
    Files.deleteIfExists(dir.resolve(DELTA));
    if (spill != null) {
      Files.deleteIfExists(spill.file());
    }
  }

  /**
   * The cache file's id, which a delta names as the file it was made against: a digest of what
   * the entries were made from (the environment; each file's name, SHA-256 and stamp; which
   * findings it holds), not a random number, so that two builds of the same files write the
   * same bytes. Two cache files of one id hold entries for the same bytes of the same files, so
   * a delta made against one is as true of the other.
   */
  private long id(List<Map.Entry<String, Entry>> sorted) {
    FastDigest d = new FastDigest();
    d.update(environment.getBytes(StandardCharsets.UTF_8));
    for (Map.Entry<String, Entry> e : sorted) {
      Entry v = e.getValue();
      for (String s : new String[] {e.getKey(), v.sha256(),
          currentStamps.getOrDefault(e.getKey(), "")}) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.updateInt(b.length);
        d.update(b);
      }
      boolean prepared = v.prepared() != null
          || (spill != null && spill.at().containsKey(e.getKey()));
      d.update((byte) ((prepared ? 1 : 0) | (v.story() != null ? 2 : 0)
          | (v.terms() != null ? 4 : 0)));
    }
    return java.nio.ByteBuffer.wrap(d.digest()).getLong() | 1;
  }

  /**
   * Writes what differs from the cache file loaded, when that is little; returns false when it
   * is not (the whole cache is written instead, and starts a new delta).
   */
  private boolean saveDelta(Path dir) throws IOException {
    List<Map.Entry<String, Entry>> changedEntries = new ArrayList<>();
    for (Map.Entry<String, Entry> e : current.entrySet()) {
      if (base.get(e.getKey()) != e.getValue() || !java.util.Objects.equals(
          baseStamps.get(e.getKey()), currentStamps.get(e.getKey()))) {
        changedEntries.add(e);
      }
    }
    List<String> removed = base.keySet().stream().filter(k -> !current.containsKey(k))
        .sorted().toList();
    if (changedEntries.size() + removed.size() > Math.max(200, current.size() / 20)) {
      return false;
    }
    changedEntries.sort(Map.Entry.comparingByKey());
    StateFiles.write(dir.resolve(DELTA), out -> {
      string(out, DELTA_HEADER);
      string(out, environment);
      out.writeLong(baseId);
      writeEntries(out, changedEntries);
      out.writeInt(removed.size());
      for (String r : removed) {
        string(out, r);
      }
      out.writeInt(END);
    });
    return true;
  }

  private void writeEntries(DataOutputStream out, List<Map.Entry<String, Entry>> entries)
      throws IOException {
    out.writeInt(entries.size());
    Map<String, Integer> termIds = termTable(out, entries);
    java.nio.channels.FileChannel spilled = spill == null ? null
        : java.nio.channels.FileChannel.open(spill.file());
    try {
      for (Map.Entry<String, Entry> e : entries) {
        writeEntry(out, e, termIds, spilled);
      }
    } finally {
      if (spilled != null) {
        spilled.close();
      }
    }
    out.writeInt(END);
  }

  private void writeEntry(DataOutputStream out, Map.Entry<String, Entry> e,
      Map<String, Integer> termIds, java.nio.channels.FileChannel spilled) throws IOException {
    string(out, e.getKey());
    string(out, e.getValue().sha256());
    result(out, e.getValue().result());
    long[] at = spill == null || e.getValue().prepared() != null ? null
        : spill.at().get(e.getKey());
    if (at != null) {
      out.write(readAt(spilled, at));
    } else {
      prepared(out, e.getValue().prepared());
    }
    int[] story = e.getValue().story();
    out.writeInt(story == null ? -1 : story.length);
    for (int v : story == null ? new int[0] : story) {
      out.writeInt(v);
    }
    terms(out, e.getValue().termCounts(), termIds);
    string(out, currentStamps.getOrDefault(e.getKey(), ""));
  }

  /** {@code at[1]} bytes from offset {@code at[0]} of a spill file. */
  private byte[] readAt(java.nio.channels.FileChannel ch, long[] at) throws IOException {
    byte[] bytes = new byte[(int) at[1]];
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      if (ch.read(buffer, at[0] + buffer.position()) < 0) {
        throw new IOException(spill.file() + ": ends early");
      }
    }
    return bytes;
  }

  private static void result(DataOutputStream out, ReadResult r) throws IOException {
    Article a = r.article().orElseThrow();
    string(out, r.source());
    string(out, a.source());
    string(out, a.slug().value());
    string(out, a.title());
    string(out, a.date().map(LocalDate::toString).orElse(""));
    string(out, a.dateSource().name());
    out.writeInt(a.tags().size());
    for (Tag t : a.tags()) {
      string(out, t.name());
      string(out, t.slug().value());
    }
    string(out, a.summary());
    string(out, a.body());
    out.writeBoolean(a.draft());
    out.writeBoolean(r.needsTags());
    string(out, a.sourceHash());
    out.writeInt(a.bodyLine());
    string(out, r.decodingGuess().orElse(""));
    string(out, r.dateConfidence().name());
    out.writeInt(r.problems().size());
    for (Problem p : r.problems()) {
      string(out, p.severity().name());
      string(out, p.file());
      out.writeInt(p.line());
      string(out, p.message());
    }
  }

  private static ReadResult result(DataInputStream in) throws IOException {
    String source = string(in);
    String articleSource = string(in);
    Slug slug = new Slug(string(in));
    String title = string(in);
    String date = string(in);
    DateSource dateSource = DateSource.valueOf(string(in));
    int tagCount = count(in);
    List<Tag> tags = new ArrayList<>(tagCount);
    for (int i = 0; i < tagCount; i++) {
      tags.add(new Tag(string(in), new Slug(string(in))));
    }
    String summary = string(in);
    String body = string(in);
    boolean draft = in.readBoolean();
    boolean needsTags = in.readBoolean();
    String hash = string(in);
    int bodyLine = in.readInt();
    String guess = string(in);
    DateConfidence confidence = DateConfidence.valueOf(string(in));
    int problemCount = count(in);
    List<Problem> problems = new ArrayList<>(problemCount);
    for (int i = 0; i < problemCount; i++) {
      Problem.Severity severity = Problem.Severity.valueOf(string(in));
      String file = string(in);
      int line = in.readInt();
      problems.add(new Problem(severity, file, line, string(in)));
    }
    Article article = new Article(articleSource, slug, title,
        date.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(date)), dateSource, tags,
        summary, body, draft, hash, bodyLine);
    return new ReadResult(source, Optional.of(article), needsTags, Optional.empty(),
        guess.isEmpty() ? Optional.empty() : Optional.of(guess), confidence, problems);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void prepared(DataOutputStream out, ArchiveTagger.Prepared p)
      throws IOException {
    out.writeBoolean(p != null);
    if (p == null) {
      return;
    }
    TagExtractor.Candidates c = p.candidates();
    out.writeInt(c.names().size());
    for (Map.Entry<String, TagExtractor.Stats> n : new TreeMap<>(c.names()).entrySet()) {
      string(out, n.getKey());
      TagExtractor.Stats st = n.getValue();
      out.writeInt(st.mentions());
      out.writeBoolean(st.headline());
      out.writeBoolean(st.lede());
      out.writeInt(st.paragraphs());
      out.writeInt(st.firstParagraph());
      out.writeBoolean(st.honorific());
      out.writeBoolean(st.introduced());
    }
    out.writeInt(c.countryHints().size());
    for (Map.Entry<String, Integer> h : new TreeMap<>(c.countryHints()).entrySet()) {
      string(out, h.getKey());
      out.writeInt(h.getValue());
    }
    out.writeInt(c.paragraphs());
    out.writeInt(p.lowerWords().length);
    for (long w : p.lowerWords()) {
      out.writeLong(w);
    }
  }

  private static ArchiveTagger.Prepared prepared(DataInputStream in, Map<String, String> pool)
      throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    int names = count(in);
    Map<String, TagExtractor.Stats> map = new HashMap<>(names * 2);
    for (int i = 0; i < names; i++) {
      String key = canonical(pool, string(in));
      if (key.isEmpty()) {
        throw new IOException("damaged read cache: empty candidate name");
      }
      map.put(key, new TagExtractor.Stats(in.readInt(), in.readBoolean(), in.readBoolean(),
          in.readInt(), in.readInt(), in.readBoolean(), in.readBoolean()));
    }
    int hintCount = count(in);
    Map<String, Integer> hints = new HashMap<>(hintCount * 2);
    for (int i = 0; i < hintCount; i++) {
      hints.put(string(in), in.readInt());
    }
    int paragraphs = in.readInt();
    int lowerCount = count(in);
    byte[] lowerBytes = in.readNBytes(lowerCount * Long.BYTES); // at once: millions in all
    if (lowerBytes.length != lowerCount * Long.BYTES) {
      throw new IOException("damaged read cache: lower-case words cut short");
    }
    long[] lower = new long[lowerCount];
    java.nio.ByteBuffer.wrap(lowerBytes).asLongBuffer().get(lower);
    return new ArchiveTagger.Prepared(new TagExtractor.Candidates(map, hints, new long[0],
        paragraphs), lower);
  }

  private static int[] story(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) {
      return null;
    }
    if (n < 0 || n > 4096) {
      throw new IOException("damaged read cache: story signature of " + n);
    }
    int[] sig = new int[n];
    for (int i = 0; i < n; i++) {
      sig[i] = in.readInt();
    }
    return sig;
  }

  private static Map<String, Integer> termTable(DataOutputStream out,
      List<Map.Entry<String, Entry>> entries) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> table = new ArrayList<>();
    for (Map.Entry<String, Entry> e : entries) {
      TermCounts t = e.getValue().termCounts();
      for (String term : t == null ? new String[0] : t.terms()) {
        if (ids.putIfAbsent(term, table.size()) == null) {
          table.add(term);
        }
      }
    }
    out.writeInt(table.size());
    for (String term : table) {
      out.writeUTF(term);
    }
    return ids;
  }

  private static String[] termTable(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > MAX_ENTRIES) {
      throw new IOException("damaged read cache: " + n + " search terms");
    }
    List<String> table = new ArrayList<>(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) {
      table.add(in.readUTF());
    }
    return table.toArray(String[]::new);
  }

  /**
   * An article's term counts as one block of varints with its length in front: encoded into an
   * array and written at once, and read back the same way (byte by byte through the streams,
   * they were a tenth of a cold build's saving and most of a warm build's loading).
   */
  private static void terms(DataOutputStream out, TermCounts t, Map<String, Integer> ids)
      throws IOException {
    Varints v = new Varints(t == null ? 1 : 2 + 3 * t.terms().length);
    if (t == null) {
      v.put(0);
    } else {
      v.put(t.terms().length + 1);
      v.put(t.length());
      for (int i = 0; i < t.terms().length; i++) {
        v.put(ids.get(t.terms()[i]));
        v.put(t.counts()[i] >>> 16);
        v.put(t.counts()[i] & 0xFFFF);
      }
    }
    out.writeInt(v.size);
    out.write(v.bytes, 0, v.size);
  }

  private static KeptTerms terms(DataInputStream in, String[] table) throws IOException {
    int size = in.readInt();
    if (size < 1 || size > 64 << 20) {
      throw new IOException("damaged read cache: search terms of " + size + " bytes");
    }
    byte[] block = in.readNBytes(size);
    if (block.length != size) {
      throw new IOException("damaged read cache: search terms cut short");
    }
    return block.length == 1 && block[0] == 0 ? null : new KeptTerms(block, table);
  }

  private static TermCounts decodeTerms(byte[] block, String[] table) throws IOException {
    Varints v = new Varints(block);
    int n = v.next() - 1;
    if (n == -1) {
      return null;
    }
    if (n > 1 << 20) {
      throw new IOException("damaged read cache: " + n + " search terms");
    }
    int length = v.next();
    String[] terms = new String[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      int id = v.next();
      if (id >= table.length) {
        throw new IOException("damaged read cache: search term " + id);
      }
      terms[i] = table[id];
      int body = v.next();
      int title = v.next();
      if (body > 0xFFFF || title > 0xFFFF) {
        throw new IOException("damaged read cache: term count out of range");
      }
      counts[i] = body << 16 | title;
    }
    try {
      return new TermCounts(terms, counts, length);
    } catch (IllegalArgumentException e) {
      throw new IOException("damaged read cache: " + e.getMessage(), e);
    }
  }

  /** Non-negative numbers, seven bits a byte, low first; the high bit says more follow. */
  private static final class Varints {
    private byte[] bytes;
    private int size;
    private int read;

    Varints(int numbers) {
      bytes = new byte[Math.max(16, numbers * 2)];
    }

    Varints(byte[] bytes) {
      this.bytes = bytes;
      this.size = bytes.length;
    }

    void put(int value) {
      if (size + 5 > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2 + 5);
      }
      int v = value;
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    int next() throws IOException {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (read >= size) {
          throw new IOException("damaged read cache: search terms cut short");
        }
        int b = bytes[read++] & 0xFF;
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          if (v < 0) {
            throw new IOException("damaged read cache: negative number");
          }
          return v;
        }
      }
      throw new IOException("damaged read cache: number too long");
    }
  }

  /** A list's length: a damaged one is refused before it sizes anything. */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 1 << 20) {
      throw new IOException("damaged read cache: list of " + n + " items");
    }
    return n;
  }

  private static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 64 << 20) {
      throw new IOException("damaged read cache: string of " + n + " bytes");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
