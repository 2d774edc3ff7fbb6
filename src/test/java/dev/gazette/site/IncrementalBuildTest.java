package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.engine.Fingerprints;
import dev.gazette.engine.DiskOutput;
import dev.gazette.engine.ReadCache;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build must give the bytes of a clean build of the same input, whatever edits
 * came before it, and must render only what an edit touched.
 */
class IncrementalBuildTest {
  static final String[] TAGS = {"Politics", "Sport", "Tech", "Music", "Science"};
  static final String[] WORDS = ("the minister said on tuesday that a new plan for schools would"
      + " cost more than expected while critics called it late and vague").split(" ");

  /** Seeds are fixed so a failure can be replayed; each runs a sequence of random edits. */
  @Test
  void randomEditSequencesGiveTheCleanBuildsBytes(@TempDir Path dir) throws IOException {
    int reused = 0;
    for (long seed = 1; seed <= 12; seed++) {
      Path root = dir.resolve("seed-" + seed);
      EditSequence seq = new EditSequence(new Random(seed), TestSite.write(root, """
          -- gazette.yaml --
          title: Random
          page_size: 2
          feed_size: 3
          """));
      for (int i = 0; i < 6; i++) {
        seq.addArticle();
      }
      for (int step = 0; step < 12; step++) {
        String edit = seq.randomEdit();
        BuildReport incremental = new SiteBuilder().build(BuildOptions.defaults(root));
        new SiteBuilder().build(BuildOptions.defaults(root).withOut(root.resolve("clean"))
            .withClean(true));
        String context = "seed " + seed + ", step " + step + " (" + edit + "); edits so far: "
            + seq.log;
        assertThat(tree(root.resolve("site"))).as(context).isEqualTo(tree(root.resolve("clean")));
        assertThat(incremental.rendered() + incremental.reused()).as(context)
            .isEqualTo(tree(root.resolve("site")).size() - 1); // the marker file is not counted
        assertThat(leftovers(root)).as(context).isEmpty();
        reused += incremental.reused();
      }
    }
    assertThat(reused).as("files reused over all sequences").isGreaterThan(100);
  }

  @Test
  void editingOneArticleRendersItsPageAndTheListsItIsOnOnly(@TempDir Path dir)
      throws IOException {
    EditSequence seq = new EditSequence(new Random(42), TestSite.write(dir, """
        -- gazette.yaml --
        title: Lists
        page_size: 2
        feed_size: 3
        """));
    for (int i = 0; i < 14; i++) {
      seq.addArticle();
    }
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Path site = dir.resolve("site");
    String file = seq.articles.entrySet().stream()
        .filter(e -> e.getKey().endsWith(".md") && e.getValue().date != null
            && !e.getValue().tags.isEmpty())
        .map(Map.Entry::getKey).skip(3).findFirst().orElseThrow();
    String url = urlOf(site, seq.articles.get(file).title);
    Map<String, Object> before = inodes(site);

    seq.articles.get(file).body = "An entirely new body for this one article.";
    seq.write(file);
    BuildReport report = new SiteBuilder().build(BuildOptions.defaults(dir));

    Map<String, Object> after = inodes(site);
    List<String> changed = after.keySet().stream()
        .filter(f -> !after.get(f).equals(before.get(f))).sorted().toList();
    // The search index: its manifest, the article's fragment and the shards of its words (old
    // and new) are written again; every other search file is reused.
    List<String> search = changed.stream().filter(f -> f.startsWith("search/")).toList();
    assertThat(search).contains("search/index.json").allMatch(f -> f.equals("search/index.json")
        || f.matches("search/[dpf]/[^/]+"));
    assertThat(search.stream().filter(f -> f.startsWith("search/f/"))).hasSize(1);
    assertThat(after.keySet().stream().filter(f -> f.startsWith("search/f/"))
        .filter(f -> !search.contains(f))).hasSize(13);
    List<String> rendered = changed.stream().filter(f -> !f.startsWith("search/")).toList();
    // Independent of the fingerprints: the files that show the article are those linking to it
    // (lists, feeds, neighbours, related lists) and its own page. The sitemap lists its address
    // only, which did not change.
    List<String> showing = new ArrayList<>();
    for (String f : after.keySet()) {
      String text = new String(Files.readAllBytes(site.resolve(f)), StandardCharsets.UTF_8);
      if ((text.contains("href=\"" + url + "\"") || text.contains(url + "</id>"))
          && !f.startsWith("sitemap")) {
        showing.add(f);
      }
    }
    showing.sort(null);
    assertThat(rendered).isEqualTo(showing);
    assertThat(rendered).anyMatch(f -> f.startsWith("tags/"))
        .anyMatch(f -> f.matches("archive/\\d{4}/\\d{2}/.*"))
        // Year pages show month counts, not articles: a body edit leaves them alone.
        .noneMatch(f -> f.matches("archive/\\d{4}/index.html"));
    assertThat(report.rendered()).as("rendered: %s", changed).isEqualTo(changed.size());
    assertThat(report.reused()).isEqualTo(after.size() - changed.size());
    assertThat(report.reused()).isGreaterThan(report.rendered());
  }

  @Test
  void aPublishedFileEditedByHandIsRenderedAgain(@TempDir Path dir) throws IOException {
    EditSequence seq = new EditSequence(new Random(7), TestSite.write(dir, ""));
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Map<String, byte[]> clean = tree(dir.resolve("site"));
    Path index = dir.resolve("site/index.html");
    FileTime time = Files.getLastModifiedTime(index);
    Files.writeString(index, "defaced!");
    Files.setLastModifiedTime(index, time);
    Path feed = dir.resolve("site/feed.xml");
    byte[] feedBytes = Files.readAllBytes(feed);
    FileTime feedTime = Files.getLastModifiedTime(feed);
    feedBytes[feedBytes.length - 3] = 'X'; // same size, edited later
    Files.write(feed, feedBytes);
    Files.setLastModifiedTime(feed, FileTime.fromMillis(feedTime.toMillis() + 5_000));

    BuildReport report = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(report.rendered()).isEqualTo(2);
    assertThat(tree(dir.resolve("site"))).isEqualTo(clean);
  }

  @Test
  void aDamagedOrMissingManifestGivesACleanBuild(@TempDir Path dir) throws IOException {
    EditSequence seq = new EditSequence(new Random(3), TestSite.write(dir, ""));
    seq.addArticle();
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Map<String, byte[]> first = tree(dir.resolve("site"));
    Path cache = dir.resolve(BuildOptions.CACHE_DIR);
    int files = first.size() - 1;

    BuildReport again = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(again.reused()).isEqualTo(files);
    assertThat(again.mode()).isEqualTo("incremental");
    // The published folder's manifest and the one of the previous site kept beside it.
    assertThat(manifests(cache)).hasSize(2);

    for (Path m : manifests(cache)) {
      List<String> lines = Files.readAllLines(m);
      Files.write(m, lines.subList(0, lines.size() - 2)); // truncated
    }
    BuildReport truncated = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(truncated.reused()).isZero();
    assertThat(truncated.mode()).contains("damaged");

    for (Path m : manifests(cache)) {
      List<String> garbled = new ArrayList<>(Files.readAllLines(m));
      garbled.set(3, "not a manifest line");
      Files.write(m, garbled);
    }
    assertThat(new SiteBuilder().build(BuildOptions.defaults(dir)).reused()).isZero();

    for (Path m : manifests(cache)) {
      Files.delete(m);
    }
    BuildReport missing = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(missing.reused()).isZero();
    assertThat(missing.mode()).contains("no manifest");

    BuildReport forced = new SiteBuilder().build(BuildOptions.defaults(dir).withClean(true));
    assertThat(forced.reused()).isZero();
    assertThat(forced.rendered()).isEqualTo(files);
    assertThat(tree(dir.resolve("site"))).isEqualTo(first);
  }

  @Test
  void thePreviousSiteIsBroughtUpToDateNotCopiedAndKeepsNothingTheNewSiteLacks(
      @TempDir Path dir) throws IOException {
    EditSequence seq = new EditSequence(new Random(8), TestSite.write(dir, ""));
    for (int i = 0; i < 5; i++) {
      seq.addArticle();
    }
    seq.site.writeFile("templates/static/files/report", "a file");
    new SiteBuilder().build(BuildOptions.defaults(dir));
    // Files put into the published site by hand, and a folder where the old site had a file.
    seq.site.writeFile("site/stray.html", "mine");
    seq.site.writeFile("site/2099/01/stray/index.html", "mine");
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    // The static file becomes a folder of the same name, and the other way round.
    Files.delete(dir.resolve("templates/static/files/report"));
    seq.site.writeFile("templates/static/files/report/index.html", "now a folder");
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Files.delete(dir.resolve("templates/static/files/report/index.html"));
    Files.delete(dir.resolve("templates/static/files/report"));
    seq.site.writeFile("templates/static/files/report", "a file again");
    for (int round = 0; round < 2; round++) {
      seq.articles.values().iterator().next().body = "Edited in round " + round + ".";
      seq.write(seq.articles.keySet().iterator().next());
      new SiteBuilder().build(BuildOptions.defaults(dir));
      new SiteBuilder().build(BuildOptions.defaults(dir).withOut(dir.resolve("clean"))
          .withClean(true));
      assertThat(tree(dir.resolve("site"))).as("round %d", round)
          .isEqualTo(tree(dir.resolve("clean")));
    }
    Path previous = dir.resolve(".site.previous");
    assertThat(previous.resolve("stray.html")).doesNotExist();
    assertThat(previous.resolve("2099")).doesNotExist();
    // The two folders share every file that did not change in the last build.
    Map<String, Object> published = inodes(dir.resolve("site"));
    Map<String, Object> kept = inodes(previous);
    long shared = published.keySet().stream()
        .filter(f -> published.get(f).equals(kept.get(f))).count();
    assertThat(shared).isGreaterThan(published.size() / 2).isLessThan(published.size());
  }

  @Test
  void onlyTheDamagedManifestIsDistrustedTheOtherFolderStillServes(@TempDir Path dir)
      throws IOException {
    EditSequence seq = new EditSequence(new Random(4), TestSite.write(dir, ""));
    seq.addArticle();
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Map<String, byte[]> built = tree(dir.resolve("site"));
    Path cache = dir.resolve(BuildOptions.CACHE_DIR);
    Path published = manifests(cache).stream()
        .filter(p -> !p.getFileName().toString().contains("-previous")).findFirst().orElseThrow();
    Files.writeString(published, "damaged");
    // The previous site's own manifest still vouches for its copies: they are kept.
    BuildReport report = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(report.mode()).contains("damaged");
    assertThat(report.reused()).isEqualTo(built.size() - 1);
    assertThat(tree(dir.resolve("site"))).isEqualTo(built);
  }

  static List<Path> manifests(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
    }
  }

  @Test
  void verboseSaysHowManyFilesWereRenderedAndReused(@TempDir Path dir) {
    EditSequence seq = new EditSequence(new Random(5), TestSite.write(dir, ""));
    seq.addArticle();
    seq.site.build().assertOk();
    TestSite.Run run = seq.site.build("--verbose").assertOk();
    assertThat(run.out()).containsPattern("0 files rendered, \\d+ reused \\(incremental\\)");
    run = seq.site.build("--verbose", "--clean").assertOk();
    assertThat(run.out()).containsPattern("\\d+ files rendered, 0 reused \\(clean build");
  }

  @Test
  void theReadCacheServesUnchangedFilesOnlyAndKeepsTheirProblems(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, "");
    String name = "content/2024-01-02-cafe.txt";
    site.writeBytes(name, "Caf\u00e9 opens\n\nThe caf\u00e9 opened on Monday in the centre.\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    BuildReport first = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(first.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo(name));
    BuildReport second = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(second.problems()).isEqualTo(first.problems());

    Path cacheDir = dir.resolve(BuildOptions.CACHE_DIR);
    dev.gazette.config.SiteConfig config = dev.gazette.config.SiteConfig.defaults();
    String env = Fingerprints.reading(config);
    dev.gazette.source.SourceFile file = new dev.gazette.source.SourceFile(site.path(name), name);
    assertThat(ReadCache.load(cacheDir, env).lookup(file)).hasValueSatisfying(r ->
        assertThat(r.problems()).isEqualTo(first.problems()));
    assertThat(ReadCache.load(cacheDir, Fingerprints.reading(config.withBaseUrl(
        dev.gazette.config.BaseUrl.parse("/other/")))).lookup(file)).isEmpty();

    Path cache = cacheDir.resolve(ReadCache.FILE);
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(ReadCache.load(cacheDir, env).lookup(file)).isEmpty();
    BuildReport damaged = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(damaged.problems()).isEqualTo(first.problems());

    site.writeFile(name, "Cafe opens\n\nA different text.\n");
    assertThat(ReadCache.load(cacheDir, env).lookup(file)).isEmpty();
  }

  @Test
  void aBuildShortOfHeapMovesTheTaggersFindingsToDiskAndSavesTheSameCache(@TempDir Path dir)
      throws IOException {
    TestSite site = northfieldTalks(dir);
    site.writeFile("content/2024-02-01-tagged.md", "---\ntitle: Given tags\ntags: [Bread]\n---\n"
        + "Tomas Reyes bakes.\n");
    Path cacheDir = dir.resolve(BuildOptions.CACHE_DIR);
    BuildOptions clean = BuildOptions.defaults(dir).withClean(true);
    assertThat(new SiteBuilder().build(clean).errors()).isZero();
    Map<String, byte[]> site1 = tree(dir.resolve("site"));
    byte[] cache1 = Files.readAllBytes(cacheDir.resolve(ReadCache.FILE));

    // A heap of one byte: every build is short of it.
    assertThat(SiteBuilder.withHeap(1).build(clean).errors()).isZero();
    assertThat(tree(dir.resolve("site"))).containsExactlyInAnyOrderEntriesOf(site1);
    byte[] cache2 = Files.readAllBytes(cacheDir.resolve(ReadCache.FILE));
    // Equal but for the file's random id, which follows the header and the environment.
    int id = indexAfter(cache1, Fingerprints.reading(dev.gazette.config.SiteConfig.defaults())
        .getBytes(StandardCharsets.UTF_8));
    assertThat(java.util.Arrays.copyOfRange(cache2, 0, id))
        .isEqualTo(java.util.Arrays.copyOfRange(cache1, 0, id));
    assertThat(java.util.Arrays.copyOfRange(cache2, id + 8, cache2.length))
        .isEqualTo(java.util.Arrays.copyOfRange(cache1, id + 8, cache1.length));
    try (Stream<Path> left = Files.list(cacheDir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("spill"));
    }

    // The next build, from that cache and short of heap again, tags as the first did.
    site.writeFile("content/2024-01-01-s0.txt", "Talks in Northfield again\n\nTomas Reyes of"
        + " the National Bakers Guild spoke. The National Bakers Guild met Tomas Reyes.\n");
    assertThat(SiteBuilder.withHeap(1).build(BuildOptions.defaults(dir)).errors()).isZero();
    Map<String, byte[]> incremental = tree(dir.resolve("site"));
    assertThat(new SiteBuilder().build(clean).errors()).isZero();
    assertThat(incremental).containsExactlyInAnyOrderEntriesOf(tree(dir.resolve("site")));
    assertThat(site.read("site/tags/index.html")).contains("Tomas Reyes");
  }

  @Test
  void theTaggersFindingsAreKeptWithEachFileAndGiveTheTagsOfAFreshRead(@TempDir Path dir)
      throws IOException {
    TestSite site = northfieldTalks(dir);
    BuildReport first = new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(first.errors()).isZero();
    String home = site.read("site/tags/index.html");

    Path cacheDir = dir.resolve(BuildOptions.CACHE_DIR);
    String env = Fingerprints.reading(dev.gazette.config.SiteConfig.defaults());
    String name = "content/2024-01-01-s0.txt";
    dev.gazette.source.SourceFile file = new dev.gazette.source.SourceFile(site.path(name), name);
    ReadCache cache = ReadCache.load(cacheDir, env);
    dev.gazette.content.Article read = cache.lookup(file).orElseThrow().article().orElseThrow();
    dev.gazette.taxonomy.ArchiveTagger tagger = new dev.gazette.taxonomy.ArchiveTagger(8,
        dev.gazette.config.TagRules.none());
    dev.gazette.taxonomy.ArchiveTagger.Prepared fresh = tagger.prepare(read);
    dev.gazette.taxonomy.ArchiveTagger.Prepared kept = cache.prepared(name, read, a -> {
      throw new AssertionError("the findings were not kept with the file");
    });
    assertThat(kept.candidates()).isEqualTo(fresh.candidates());
    assertThat(kept.lowerWords()).containsExactly(fresh.lowerWords());
    assertThat(fresh.candidates().names()).isNotEmpty();
    assertThat(cache.story(read, a -> {
      throw new AssertionError("the story signature was not kept with the file");
    })).containsExactly(dev.gazette.taxonomy.StoryGroups.signature(read));
    assertThat(cache.terms(read, a -> {
      throw new AssertionError("the search term counts were not kept with the file");
    })).isEqualTo(dev.gazette.search.TermCounts.of(read));
    assertThat(dev.gazette.search.TermCounts.of(read).terms()).contains("bakers", "reyes");

    // A build from the cache tags as the first did; a clean one too.
    new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(site.read("site/tags/index.html")).isEqualTo(home);
    new SiteBuilder().build(BuildOptions.defaults(dir).withClean(true));
    assertThat(site.read("site/tags/index.html")).isEqualTo(home).contains("Tomas Reyes");
  }

  @Test
  void findingsKeptWhileAnotherIsComputedForTheSameFileAreAllSaved(@TempDir Path dir)
      throws IOException {
    // The search thread keeps term counts while the index thread keeps story signatures: each
    // outer call below computes while the inner ones keep theirs, as the threads interleave.
    TestSite site = northfieldTalks(dir);
    dev.gazette.config.SiteConfig config = dev.gazette.config.SiteConfig.defaults();
    String env = Fingerprints.reading(config);
    dev.gazette.taxonomy.ArchiveTagger tagger = new dev.gazette.taxonomy.ArchiveTagger(8,
        dev.gazette.config.TagRules.none());
    ReadCache cache = ReadCache.empty(env);
    List<dev.gazette.source.SourceFile> files = new ArrayList<>();
    List<dev.gazette.content.Article> read = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "content/2024-01-0" + (i + 1) + "-s" + i + ".txt";
      dev.gazette.source.SourceFile file = new dev.gazette.source.SourceFile(site.path(name),
          name);
      dev.gazette.normalize.ReadResult r = new dev.gazette.normalize.ArticleReader(config)
          .read(file).withoutRaw();
      cache.store(file, r);
      files.add(file);
      read.add(r.article().orElseThrow());
    }
    Function<dev.gazette.content.Article, int[]> sign = dev.gazette.taxonomy.StoryGroups::signature;
    Function<dev.gazette.content.Article, dev.gazette.search.TermCounts> count =
        dev.gazette.search.TermCounts::of;
    cache.story(read.get(0), a -> {
      cache.terms(a, count);
      cache.prepared(a.source(), a, tagger::prepare);
      return sign.apply(a);
    });
    cache.terms(read.get(1), a -> {
      cache.story(a, sign);
      cache.prepared(a.source(), a, tagger::prepare);
      return count.apply(a);
    });
    cache.prepared(read.get(2).source(), read.get(2), a -> {
      cache.story(a, sign);
      cache.terms(a, count);
      return tagger.prepare(a);
    });
    Path cacheDir = dir.resolve(BuildOptions.CACHE_DIR);
    cache.save(cacheDir);

    ReadCache loaded = ReadCache.load(cacheDir, env);
    for (dev.gazette.source.SourceFile file : files) {
      dev.gazette.content.Article a = loaded.lookup(file).orElseThrow().article().orElseThrow();
      loaded.story(a, x -> {
        throw new AssertionError("the story signature of " + file.name() + " was lost");
      });
      loaded.terms(a, x -> {
        throw new AssertionError("the term counts of " + file.name() + " were lost");
      });
      loaded.prepared(file.name(), a, x -> {
        throw new AssertionError("the tagger's findings in " + file.name() + " were lost");
      });
    }
  }

  @Test
  void aBuildThatChangesLittleSavesOnlyTheChangesAndADamagedDeltaLeavesTheCacheFile(
      @TempDir Path dir) throws IOException {
    EditSequence seq = new EditSequence(new Random(6), TestSite.write(dir, ""));
    for (int i = 0; i < 6; i++) {
      seq.addArticle();
    }
    new SiteBuilder().build(BuildOptions.defaults(dir));
    Path cacheDir = dir.resolve(BuildOptions.CACHE_DIR);
    assertThat(cacheDir.resolve(ReadCache.DELTA)).doesNotExist();
    byte[] whole = Files.readAllBytes(cacheDir.resolve(ReadCache.FILE));
    List<String> names = new ArrayList<>(seq.articles.keySet());
    String edited = names.get(0);
    String deleted = names.get(1);
    seq.articles.get(edited).body = "A new body for the edited one.";
    seq.write(edited);
    Files.delete(seq.site.path("content/" + deleted));
    seq.articles.remove(deleted);
    new SiteBuilder().build(BuildOptions.defaults(dir));
    // The cache file is as it was; what changed went to the delta.
    assertThat(Files.readAllBytes(cacheDir.resolve(ReadCache.FILE))).isEqualTo(whole);
    assertThat(cacheDir.resolve(ReadCache.DELTA)).exists();
    String env = Fingerprints.reading(dev.gazette.config.SiteConfig.defaults());
    ReadCache cache = ReadCache.load(cacheDir, env);
    for (String name : seq.articles.keySet()) {
      assertThat(cache.lookup(new dev.gazette.source.SourceFile(seq.site.path("content/" + name),
          "content/" + name))).as(name).isPresent();
    }
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanTree(dir));

    // A damaged delta: the cache file alone is used; the edited file is read again.
    byte[] delta = Files.readAllBytes(cacheDir.resolve(ReadCache.DELTA));
    Files.write(cacheDir.resolve(ReadCache.DELTA), java.util.Arrays.copyOf(delta,
        delta.length / 2));
    ReadCache older = ReadCache.load(cacheDir, env);
    assertThat(older.lookup(new dev.gazette.source.SourceFile(seq.site.path("content/" + edited),
        "content/" + edited))).isEmpty();
    assertThat(older.lookup(new dev.gazette.source.SourceFile(
        seq.site.path("content/" + names.get(2)), "content/" + names.get(2)))).isPresent();
    seq.addArticle();
    new SiteBuilder().build(BuildOptions.defaults(dir));
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanTree(dir));
  }

  @Test
  void aFileRewrittenWithItsOldTimeGetsANewStampAndAJustChangedFileNone(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Title\n\nOne body.\n");
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
    long later = System.currentTimeMillis() + 60_000;
    java.util.Optional<String> before = ReadCache.stamp(file, later);
    assertThat(ReadCache.stamp(file, later)).isEqualTo(before);
    // A rewrite of the same size within the clock's resolution could keep every attribute; that
    // is why no stamp is recorded for a file changed in the last two seconds (checked below).
    Files.writeString(file, "Title\n\nTwo bodies.\n");
    Files.setLastModifiedTime(file, time);
    java.util.Optional<String> after = ReadCache.stamp(file, later);
    if (before.isPresent()) { // file systems without a change time give no stamp: always hashed
      assertThat(after).isPresent().isNotEqualTo(before);
    }
    // Just changed: no stamp yet, so the next build reads and hashes the file.
    assertThat(ReadCache.stamp(file, System.currentTimeMillis())).isEmpty();
  }

  static String urlOf(Path site, String title) throws IOException {
    String home = Files.readString(site.resolve("feed.xml"));
    for (Map.Entry<String, byte[]> e : tree(site).entrySet()) {
      String text = new String(e.getValue(), StandardCharsets.UTF_8);
      int t = text.indexOf("<h1>" + title + "</h1>");
      if (e.getKey().endsWith("/index.html") && t >= 0) {
        int c = text.indexOf("rel=\"canonical\" href=\"");
        String canonical = text.substring(c + 22, text.indexOf('"', c + 22));
        return canonical;
      }
    }
    throw new AssertionError("no page titled " + title + "; feed: " + home);
  }

  /** Every file under a folder by relative name, with its bytes. */
  /** A clean build of {@code root}'s input into {@code root/clean}, with a cache of its own. */
  /** Six short raw articles naming Tomas Reyes and the National Bakers Guild in Northfield. */
  static TestSite northfieldTalks(Path dir) {
    TestSite site = TestSite.write(dir, "");
    for (int i = 0; i < 6; i++) {
      site.writeFile("content/2024-01-0" + (i + 1) + "-s" + i + ".txt", "Talks in Northfield " + i
          + "\n\nTomas Reyes of the National Bakers Guild met Mr Reyes's critics in Northfield."
          + " The National Bakers Guild said Tomas Reyes would return to Northfield soon.\n");
    }
    return site;
  }

  /** The index just past the first occurrence of {@code part} in {@code bytes}. */
  static int indexAfter(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i + part.length;
      }
    }
    throw new AssertionError("not found");
  }

  static Map<String, byte[]> cleanTree(Path root) throws IOException {
    Path out = root.resolve("clean");
    new SiteBuilder().build(BuildOptions.defaults(root).withOut(out)
        .withCache(root.resolve("clean-cache")).withClean(true));
    return tree(out);
  }

  static Map<String, byte[]> tree(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>() {
      @Override
      public boolean equals(Object o) {
        return o instanceof Map<?, ?> m && m.size() == size() && entrySet().stream().allMatch(
            e -> m.get(e.getKey()) instanceof byte[] b && java.util.Arrays.equals(b, e.getValue()));
      }

      @Override
      public int hashCode() {
        return keySet().hashCode();
      }

      @Override
      public String toString() {
        Map<String, String> shown = new TreeMap<>();
        forEach((k, v) -> shown.put(k, new String(v, StandardCharsets.UTF_8)));
        return shown.toString();
      }
    };
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  static Map<String, Object> inodes(Path dir) throws IOException {
    Map<String, Object> ids = new HashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        if (!rel.equals(DiskOutput.MARKER)) {
          ids.put(rel, Files.getAttribute(p, "unix:ino"));
        }
      }
    }
    return ids;
  }

  /**
   * Staging folders left beside the output, and previous sites without Gazette's marker (a
   * previous site with it is kept on purpose: the next build updates it).
   */
  static List<String> leftovers(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".staging")
          || p.getFileName().toString().endsWith(".previous")
          && !Files.exists(p.resolve(DiskOutput.MARKER)))
          .map(p -> p.getFileName().toString()).toList();
    }
  }

  /** A site and the articles it holds, edited at random. */
  static final class EditSequence {
    static final class Spec {
      String title;
      String date;
      List<String> tags;
      String body;
    }

    final Random random;
    final TestSite site;
    final Map<String, Spec> articles = new TreeMap<>();
    final List<String> log = new ArrayList<>();
    int next;

    EditSequence(Random random, TestSite site) {
      this.random = random;
      this.site = site;
    }

    String randomEdit() throws IOException {
      int kind = random.nextInt(13);
      String edit;
      List<String> names = new ArrayList<>(articles.keySet());
      String name = names.isEmpty() ? null : names.get(random.nextInt(names.size()));
      if (name == null || kind <= 1) {
        edit = "add " + addArticle();
      } else if (kind == 2) {
        articles.get(name).body = sentence(20 + random.nextInt(300));
        write(name);
        edit = "body " + name;
      } else if (kind == 3) {
        articles.get(name).date = randomDate();
        write(name);
        edit = "date " + name + " " + articles.get(name).date;
      } else if (kind == 4) {
        articles.get(name).tags = randomTags();
        write(name);
        edit = "tags " + name + " " + articles.get(name).tags;
      } else if (kind == 5) {
        articles.get(name).title = sentence(1 + random.nextInt(4));
        write(name);
        edit = "title " + name;
      } else if (kind == 6) {
        Files.delete(site.path("content/" + name));
        articles.remove(name);
        edit = "delete " + name;
      } else if (kind == 7) {
        String to = "renamed-" + (next++) + (name.endsWith(".txt") ? ".txt" : ".md");
        Files.move(site.path("content/" + name), site.path("content/" + to));
        articles.put(to, articles.remove(name));
        edit = "rename " + name + " " + to;
      } else if (kind == 8) {
        edit = editTemplate();
      } else if (kind == 9) {
        edit = editStatic();
      } else if (kind == 10) {
        edit = editConfig();
      } else if (kind == 11) {
        Files.writeString(site.path("site/index.html"), "edited by hand");
        edit = "deface site/index.html";
      } else {
        edit = "no change";
      }
      log.add(edit);
      return edit;
    }

    String addArticle() {
      Spec s = new Spec();
      s.title = sentence(1 + random.nextInt(4));
      s.date = random.nextInt(6) == 0 ? null : randomDate();
      s.tags = randomTags();
      s.body = sentence(10 + random.nextInt(200));
      String name = (random.nextInt(4) == 0 ? "r" : "a") + (next++)
          + (random.nextInt(4) == 0 ? ".txt" : ".md");
      articles.put(name, s);
      write(name);
      return name;
    }

    void write(String name) {
      Spec s = articles.get(name);
      if (name.endsWith(".txt")) {
        // Raw text: title line, then the date line the raw parser recognizes, then paragraphs.
        site.writeFile("content/" + name, s.title + "\n\n" + (s.date == null ? ""
            : " date " + s.date + " ") + s.body + "\n\n" + String.join(" ", s.tags) + " news.\n");
        return;
      }
      StringBuilder md = new StringBuilder("---\ntitle: \"" + s.title + "\"\n");
      if (s.date != null) {
        md.append("date: ").append(s.date).append('\n');
      }
      md.append("tags: [").append(String.join(", ", s.tags)).append("]\n---\n");
      md.append(s.body).append("\n\nSecond paragraph of ").append(s.title).append(".\n");
      site.writeFile("content/" + name, md.toString());
    }

    String editTemplate() throws IOException {
      int v = random.nextInt(3);
      if (v == 0) {
        Files.deleteIfExists(site.path("templates/partials/list.peb"));
        return "template list.peb removed";
      }
      String builtIn = builtIn("partials/list.peb");
      site.writeFile("templates/partials/list.peb", builtIn.replace("min read",
          v == 1 ? "minutes to read" : "min"));
      return "template list.peb v" + v;
    }

    String editStatic() {
      int v = random.nextInt(3);
      if (v == 0) {
        try {
          Files.deleteIfExists(site.path("templates/static/extra.css"));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return "static extra.css removed";
      }
      site.writeFile("templates/static/extra.css", "body { margin: " + v + "em }\n");
      return "static extra.css v" + v;
    }

    String editConfig() {
      int size = 1 + random.nextInt(3);
      String title = random.nextBoolean() ? "Random" : "Other Title";
      site.writeFile("gazette.yaml", "title: " + title + "\npage_size: " + size
          + "\nfeed_size: 3\n");
      return "config " + title + " page_size " + size;
    }

    String randomDate() {
      return String.format("20%02d-%02d-%02d", 20 + random.nextInt(3), 1 + random.nextInt(3),
          1 + random.nextInt(28));
    }

    List<String> randomTags() {
      TreeSet<String> tags = new TreeSet<>();
      int n = random.nextInt(3);
      for (int i = 0; i < n; i++) {
        tags.add(TAGS[random.nextInt(TAGS.length)]);
      }
      return new ArrayList<>(tags);
    }

    String sentence(int words) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < words; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
      }
      return s.toString();
    }

    static String builtIn(String name) throws IOException {
      try (InputStream in = IncrementalBuildTest.class.getClassLoader()
          .getResourceAsStream("dev/gazette/theme/" + name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
