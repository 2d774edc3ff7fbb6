package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.engine.StateFiles;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokenizing, folding, sharding and ranking of the search index, on articles built inline. */
class SearchIndexTest {

  @Test
  void foldsCaseAndAccentsAndSpellsOutLetters() {
    assertThat(Terms.fold("Zoë")).isEqualTo("zoe");
    assertThat(Terms.fold("ZOË")).isEqualTo("zoe");
    assertThat(Terms.fold("Straße")).isEqualTo("strasse");
    assertThat(Terms.fold("Ærøskøbing")).isEqualTo("aeroskobing");
    assertThat(Terms.fold("Łódź")).isEqualTo("lodz");
    // Decomposed input (e + combining diaeresis) folds like the composed one.
    assertThat(Terms.fold("Zoe\u0308")).isEqualTo("zoe");
  }

  @Test
  void tokenizesWordsAndDropsStopWordsAndSingleLetters() {
    assertThat(Terms.words("Blair's plan: £5bn, in 2024 — \"yes\"!"))
        .containsExactly("blair", "s", "plan", "5bn", "in", "2024", "yes");
    assertThat(Terms.terms("The Prime Minister said it was a plan of Zoë's"))
        .containsExactly("prime", "minister", "said", "plan", "zoe");
    assertThat(Terms.terms("x".repeat(41) + " ok")).containsExactly("ok");
  }

  @Test
  void markdownMarkupIsNotIndexedButLinkTextIs() {
    assertThat(MarkdownText.of("## Heading\n\n> [!CAPTION]\n> A *caption* line\n\n"
        + "See [the report](https://example.com/secret-path) and **more**."))
        .isEqualTo("Heading A caption line See the report and more .");
  }

  @Test
  void frequentTermsGetTiersAndRareOnesStayInTheirShard() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 1500; i++) {
      articles.add(article("a" + i, "Story " + i, LocalDate.of(2020, 1, 1).plusDays(i % 700),
          "common words everywhere " + (i == 7 ? "saxophone" : "")));
    }
    Index index = Index.of(SearchIndex.build(articles, SearchIndexTest::path));
    String common = index.entry("common");
    assertThat(common).startsWith("[\"common\",1500,[[\"p/");
    assertThat(index.tierCounts("common")).containsExactly(1000, 500);
    assertThat(index.entry("saxophone")).matches("\\[\"saxophone\",1,\"[0-9A-Za-z_-]+\"]");
    assertThat(index.postings("common")).hasSize(1500);
  }

  @Test
  void shardsAreSortedRangesOfAboutTheTargetSizeAndEveryTermIsInItsRange() {
    Random random = new Random(7);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder body = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        body.append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
            .append((char) ('a' + random.nextInt(26))).append(random.nextInt(50)).append(' ');
      }
      articles.add(article("a" + i, "Title " + i, LocalDate.of(2021, 3, 1).plusDays(i),
          body.toString()));
    }
    Index index = Index.of(SearchIndex.build(articles, SearchIndexTest::path));
    List<String> firsts = index.firsts();
    assertThat(firsts).hasSizeGreaterThan(5).isSorted().startsWith("");
    int total = 0;
    for (int i = 0; i < firsts.size(); i++) {
      String text = index.shardText(i);
      total += text.length();
      assertThat(text.length()).isLessThanOrEqualTo(SearchIndex.SHARD_MAX + 2_000);
      for (String term : index.termsOf(text)) {
        assertThat(index.shardOf(term)).as(term).isEqualTo(i);
      }
    }
    assertThat(total / firsts.size()).isBetween(SearchIndex.SHARD_TARGET / 3,
        SearchIndex.SHARD_TARGET * 3);
  }

  @Test
  void titleAndTagMatchesOutrankBodyMatchesAndShortArticlesOutrankLongOnes() {
    int body = SearchIndex.weight(1, 0, false, 300, 300);
    int title = SearchIndex.weight(1, 1, false, 300, 300);
    int tag = SearchIndex.weight(1, 0, true, 300, 300);
    int often = SearchIndex.weight(5, 0, false, 300, 300);
    int longer = SearchIndex.weight(1, 0, false, 1200, 300);
    assertThat(title).isGreaterThan(tag).isGreaterThan(often);
    assertThat(often).isGreaterThan(body).isGreaterThan(longer);

    List<Article> articles = List.of(
        article("in-body", "Other news", LocalDate.of(2022, 1, 1),
            "A long piece that mentions a hovercraft once among many other words about"
            + " transport, ferries, rail, roads and the weather over several days."),
        article("in-title", "Hovercraft returns", LocalDate.of(2022, 1, 2),
            "The service starts again on Monday."));
    Index index = Index.of(SearchIndex.build(articles, SearchIndexTest::path));
    Map<Integer, Integer> p = index.postings("hovercraft");
    int titleId = index.idOf("in-title");
    int bodyId = index.idOf("in-body");
    assertThat(p.get(titleId)).isGreaterThan(p.get(bodyId));
  }

  @Test
  void idsAreStableAndSortedByDateAndCarryTheDay() {
    List<Article> articles = List.of(
        article("b", "B", LocalDate.of(2024, 6, 23), "text"),
        article("a", "A", LocalDate.of(2024, 6, 23), "text"),
        article("old", "Old", LocalDate.of(1999, 12, 31), "text"),
        article("undated", "U", null, "text"));
    List<String> paths = articles.stream().map(SearchIndexTest::path).toList();
    int[] ids = SearchIndex.ids(articles, paths);
    assertThat(ids[2]).isLessThan(ids[0]).isLessThan(ids[0] + 1000);
    assertThat(ids[3]).isLessThan(SearchIndex.SLOTS_PER_DAY);
    assertThat(ids[0] / SearchIndex.SLOTS_PER_DAY).isEqualTo(ids[1] / SearchIndex.SLOTS_PER_DAY)
        .isEqualTo(LocalDate.of(1800, 1, 1).until(LocalDate.of(2024, 6, 23)).toTotalMonths() * 0
            + java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(1800, 1, 1),
            LocalDate.of(2024, 6, 23)) + 1);
    // Another article elsewhere does not move these ids.
    List<Article> more = new ArrayList<>(articles);
    more.add(article("new", "New", LocalDate.of(2025, 1, 1), "text"));
    int[] again = SearchIndex.ids(more, more.stream().map(SearchIndexTest::path).toList());
    assertThat(again).startsWith(ids);
  }

  @Test
  void aNewArticleChangesOnlyTheShardsOfItsTermsTheManifestAndItsFragment() {
    List<Article> articles = new ArrayList<>();
    String[] topics = {"election", "football", "market", "music", "science", "weather"};
    for (int i = 0; i < 300; i++) {
      articles.add(article("s" + i, topics[i % 6] + " report " + i,
          LocalDate.of(2023, 1, 1).plusDays(i), topics[i % 6] + " news about " + topics[(i + 1)
          % 6] + " and item" + i));
    }
    Map<String, byte[]> before = files(SearchIndex.build(articles, SearchIndexTest::path));
    articles.add(article("extra", "Zebra sighting", LocalDate.of(2024, 1, 1), "zebra zoo"));
    Map<String, byte[]> after = files(SearchIndex.build(articles, SearchIndexTest::path));
    Set<String> added = after.keySet().stream().filter(n -> !before.containsKey(n))
        .collect(Collectors.toSet());
    Set<String> removed = before.keySet().stream().filter(n -> !after.containsKey(n))
        .collect(Collectors.toSet());
    // The new article's terms: its words, its tag's words and its tag.
    Index index = Index.of(new ArrayList<>(after.entrySet().stream()
        .map(e -> new IndexFile(e.getKey(), e.getValue())).toList()));
    Set<String> itsShards = Set.of("zebra", "sighting", "zoo", "topic", "#topic").stream()
        .map(t -> index.shardFile(index.shardOf(t))).collect(Collectors.toSet());
    Set<String> addedShards = added.stream().filter(n -> n.startsWith("search/d/"))
        .collect(Collectors.toSet());
    assertThat(addedShards).isNotEmpty().isSubsetOf(itsShards);
    assertThat(added.stream().filter(n -> n.startsWith("search/f/"))).hasSize(1);
    // Posting files of its frequent terms (the tag every article has) are replaced too.
    assertThat(added.stream().filter(n -> n.startsWith("search/p/"))).hasSizeLessThanOrEqualTo(2);
    assertThat(removed.size()).isLessThanOrEqualTo(added.size() - 1);
    assertThat(before.size() - removed.size()).isGreaterThan(300);
    long changedInPlace = before.keySet().stream().filter(after::containsKey)
        .filter(n -> !java.util.Arrays.equals(before.get(n), after.get(n))).toList().size();
    assertThat(changedInPlace).as("only the manifest keeps its name and changes").isEqualTo(1);
  }

  @Test
  void anIndexBuiltFromTheLastOnesStateIsTheIndexBuiltFromNothing(@TempDir Path cache)
      throws Exception {
    Random random = new Random(11);
    String[] words = {"election", "football", "market", "music", "science", "weather", "zebra",
        "budget", "minister", "striker", "album", "rates", "storm", "vote", "goal"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 1300; i++) {
      articles.add(randomArticle(random, words, "r" + i));
    }
    SearchIndex.Memo resident = new SearchIndex.Memo();
    for (int step = 0; step < 14; step++) {
      String edit;
      int at = random.nextInt(articles.size());
      switch (step % 7) {
        case 0 -> edit = "nothing";
        case 1 -> {
          Article a = articles.get(at);
          articles.set(at, article(a.slug().value(), a.title(), a.date().orElse(null),
              a.body() + " appended kiwi"));
          edit = "body of " + a.slug().value();
        }
        case 2 -> {
          articles.add(randomArticle(random, words, "new" + step));
          edit = "added";
        }
        case 3 -> {
          edit = "deleted " + articles.remove(at).slug().value();
        }
        case 4 -> {
          Article a = articles.get(at);
          articles.set(at, a.withTags(List.of(Tag.of("Fresh Tag"), Tag.of("Topic"))));
          edit = "tags of " + a.slug().value();
        }
        case 5 -> {
          Article a = articles.get(at);
          // Another day: its id changes, and its neighbours' on that day may shift.
          articles.set(at, article(a.slug().value(), a.title(), LocalDate.of(2023, 1, 1),
              a.body()));
          edit = "date of " + a.slug().value();
        }
        default -> {
          // Every article longer: the average length moves, and every weight with it.
          articles.replaceAll(a -> article(a.slug().value(), a.title(), a.date().orElse(null),
              a.body() + " " + a.body()));
          edit = "every body doubled";
        }
      }
      Map<String, byte[]> expected = files(SearchIndex.build(articles, SearchIndexTest::path));
      List<IndexFile> fromMemory = SearchIndex.build(articles, SearchIndexTest::path,
          TermCounts::of, resident);
      SearchIndex.Memo loaded = StateFiles.search(cache, "env", articles.size(),
          Long.MAX_VALUE);
      List<IndexFile> fromDisk = SearchIndex.build(articles, SearchIndexTest::path,
          TermCounts::of, loaded);
      StateFiles.save(cache, "env", loaded);
      assertThat(files(fromMemory)).as("step %d (%s), in memory", step, edit)
          .containsExactlyEntriesOf(expected);
      assertThat(files(fromDisk)).as("step %d (%s), from the cache folder", step, edit)
          .containsExactlyEntriesOf(expected);
      Map<String, String> fingerprints = fingerprints(SearchIndex.build(articles,
          SearchIndexTest::path));
      assertThat(fingerprints(fromMemory)).isEqualTo(fingerprints);
      assertThat(fingerprints(fromDisk)).isEqualTo(fingerprints);
    }
  }

  @Test
  void changedFragmentsAreGivenEarlyAndTheirTextIsMadeOnce() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      articles.add(article("e" + i, "Story " + i, LocalDate.of(2021, 1, 1).plusDays(i % 40),
          "Words of *story* " + i + ", [linked](https://example.org/" + i + ") and more."));
    }
    SearchIndex.Memo memo = new SearchIndex.Memo();
    for (int round = 0; round < 2; round++) {
      if (round == 1) {
        articles.set(7, article("e7", "Story 7", LocalDate.of(2021, 1, 8), "changed words"));
        articles.set(250, article("e250", "Story 250 again", LocalDate.of(2021, 1, 11),
            "other words"));
      }
      Map<Article, Integer> madeText = new java.util.concurrent.ConcurrentHashMap<>();
      List<IndexFile> early = java.util.Collections.synchronizedList(new ArrayList<>());
      List<IndexFile> rest = SearchIndex.build(articles, SearchIndexTest::path, (a, text) -> {
        String t = text.get();
        assertThat(text.get()).isSameAs(t);
        assertThat(t).isEqualTo(SearchIndex.text(a));
        madeText.merge(a, 1, Integer::sum);
        return TermCounts.of(a, t);
      }, memo, early::add);
      List<String> earlyNames = early.stream().map(IndexFile::name).sorted().toList();
      if (round == 0) {
        assertThat(earlyNames).hasSize(articles.size());
        assertThat(madeText).hasSize(articles.size()).allSatisfy((a, n) -> assertThat(n)
            .isOne());
      } else {
        assertThat(madeText.keySet()).containsExactlyInAnyOrder(articles.get(7),
            articles.get(250));
        assertThat(earlyNames).hasSize(2).allMatch(n -> n.startsWith("search/f/"));
      }
      assertThat(rest).noneMatch(f -> earlyNames.contains(f.name()));
      List<IndexFile> all = new ArrayList<>(rest);
      all.addAll(early);
      assertThat(files(all)).as("round %d", round)
          .containsExactlyEntriesOf(files(SearchIndex.build(articles, SearchIndexTest::path)));
    }
  }

  /** Counts kept beside their files hold one string per term, the one the index keys on. */
  @Test
  void countedTermsAreOneStringPerTermAcrossTheArchive() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      articles.add(article("s" + i, "Zebra " + i, LocalDate.of(2021, 2, 1).plusDays(i),
          "The zebra crossing near station " + i + "."));
    }
    Map<Article, TermCounts> kept = new java.util.concurrent.ConcurrentHashMap<>();
    SearchIndex.build(articles, SearchIndexTest::path, (a, text) -> {
      TermCounts c = TermCounts.of(a, text.get());
      kept.put(a, c);
      return c;
    }, new SearchIndex.Memo(), f -> {});
    java.util.Set<String> zebras = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    for (TermCounts c : kept.values()) {
      for (String t : c.terms()) {
        if (t.equals("zebra") || t.equals("station")) {
          zebras.add(t);
        }
      }
    }
    assertThat(kept).hasSize(articles.size());
    assertThat(zebras).as("distinct string instances of two terms in 50 articles").hasSize(2);
  }

  @Test
  void aDamagedOrForeignStateIsIgnored(@TempDir Path cache) throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(article("d" + i, "Story " + i, LocalDate.of(2021, 1, 1).plusDays(i),
          "words of story " + i));
    }
    Map<String, byte[]> expected = files(SearchIndex.build(articles, SearchIndexTest::path));
    SearchIndex.Memo first = SearchIndex.Memo.fresh(articles.size(), Long.MAX_VALUE);
    SearchIndex.build(articles, SearchIndexTest::path, TermCounts::of, first);
    StateFiles.save(cache, "env", first);
    Path state = cache.resolve(StateFiles.SEARCH);
    byte[] whole = Files.readAllBytes(state);
    assertThat(SearchState.read(whole, "env")).isPresent();
    assertThat(SearchState.read(whole, "other code")).isEmpty();
    articles.set(5, article("d5", "Story 5", LocalDate.of(2021, 1, 6), "changed words"));
    expected = files(SearchIndex.build(articles, SearchIndexTest::path));
    for (int cut : new int[] {0, 7, whole.length / 3, whole.length - 1}) {
      Files.write(state, java.util.Arrays.copyOf(whole, cut));
      assertThat(SearchState.read(Files.readAllBytes(state), "env")).as("cut at %d", cut)
          .isEmpty();
      SearchIndex.Memo memo = StateFiles.search(cache, "env", articles.size(),
          Long.MAX_VALUE);
      assertThat(files(SearchIndex.build(articles, SearchIndexTest::path, TermCounts::of,
          memo))).containsExactlyEntriesOf(expected);
    }
    // A heap too small for the state: nothing is loaded or kept.
    Files.write(state, whole);
    SearchIndex.Memo tight = StateFiles.search(cache, "env", articles.size(), 1000);
    assertThat(files(SearchIndex.build(articles, SearchIndexTest::path, TermCounts::of,
        tight))).containsExactlyEntriesOf(expected);
    StateFiles.save(cache.resolve("tight"), "env", tight);
    assertThat(cache.resolve("tight").resolve(StateFiles.SEARCH)).doesNotExist();
  }

  private static Article randomArticle(Random random, String[] words, String slug) {
    StringBuilder body = new StringBuilder();
    int n = 5 + random.nextInt(40);
    for (int w = 0; w < n; w++) {
      body.append(words[random.nextInt(words.length)]).append(' ');
    }
    return article(slug, words[random.nextInt(words.length)] + " story " + slug,
        LocalDate.of(2022, 1, 1).plusDays(random.nextInt(300)), body.toString());
  }

  private static Map<String, String> fingerprints(List<IndexFile> files) {
    Map<String, String> m = new TreeMap<>();
    files.forEach(f -> m.put(f.name(), f.fingerprint()));
    return m;
  }

  @Test
  void fragmentsEscapeArticleText() {
    List<Article> articles = List.of(article("x", "A </script> title", LocalDate.of(2022, 1, 1),
        "Body with \"quotes\" and <b>tags</b>"));
    String fragment = SearchIndex.build(articles, SearchIndexTest::path).stream()
        .filter(f -> f.name().startsWith("search/f/")).map(f -> new String(inflate(f.bytes()),
        StandardCharsets.UTF_8)).findFirst().orElseThrow();
    assertThat(fragment).doesNotContain("<").contains("\\u003c/script>")
        .contains("\\\"quotes\\\"");
  }

  @Test
  void everyFileButTheManifestIsAGzipMemberWithAFixedHeaderAndSameBytesOnAnyNumberOfThreads()
      throws Exception {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      articles.add(article("g" + i, "Story " + i, LocalDate.of(2020, 1, 1).plusDays(i % 400),
          "common words everywhere and item" + i + " about " + (i % 7 == 0 ? "rare" : "usual")));
    }
    Map<String, byte[]> one = built(articles, 1);
    Map<String, byte[]> four = built(articles, 4);
    Map<String, byte[]> again = built(articles, 4);
    assertThat(four.keySet()).isEqualTo(one.keySet()).isEqualTo(again.keySet());
    for (String name : one.keySet()) {
      assertThat(four.get(name)).as(name).isEqualTo(one.get(name)).isEqualTo(again.get(name));
    }
    assertThat(one.keySet().stream().filter(n -> n.startsWith("search/p/"))).isNotEmpty();
    for (Map.Entry<String, byte[]> f : one.entrySet()) {
      if (f.getKey().equals(SearchIndex.MANIFEST)) {
        assertThat(f.getValue()[0]).isEqualTo((byte) '{');
        continue;
      }
      assertThat(f.getKey()).matches("search/(f/[0-9a-z]+\\.json|d/[0-9a-f]{10}\\.json"
          + "|p/[0-9a-f]{12}\\.txt)\\.gz");
      byte[] b = f.getValue();
      // Magic, deflate, no flags, no time, no level flag, unknown OS.
      assertThat(java.util.Arrays.copyOf(b, 10)).as(f.getKey())
          .containsExactly(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff);
      assertThat(inflate(b)).as(f.getKey()).isNotEmpty();
    }
  }

  @Test
  void gzipRoundTripsAnySizeAndShrinksText() {
    for (int size : new int[] {0, 1, 100, 70_000}) {
      byte[] data = new byte[size];
      new Random(size).nextBytes(data);
      assertThat(inflate(Gzip.compress(data))).isEqualTo(data);
    }
    byte[] text = "{\"t\":\"the same words again\"}\n".repeat(200)
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Gzip.compress(text)).hasSizeLessThan(text.length / 10);
  }

  /** Every file's stored bytes, the index built in a pool of {@code threads}. */
  static Map<String, byte[]> built(List<Article> articles, int threads) throws Exception {
    java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
    try {
      return pool.submit(() -> {
        List<IndexFile> files = SearchIndex.build(articles, SearchIndexTest::path);
        // The bytes are made where the write step makes them: on the pool's threads at once.
        Map<String, byte[]> m = new java.util.concurrent.ConcurrentHashMap<>();
        files.parallelStream().forEach(f -> m.put(f.name(), f.bytes()));
        return new TreeMap<>(m);
      }).get();
    } finally {
      pool.shutdown();
    }
  }

  /** The stored bytes of each file (gzipped for all but the manifest). */
  static Map<String, byte[]> files(List<IndexFile> files) {
    Map<String, byte[]> m = new TreeMap<>();
    files.forEach(f -> m.put(f.name(), f.bytes()));
    return m;
  }

  static byte[] inflate(byte[] gzipped) {
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
        new java.io.ByteArrayInputStream(gzipped))) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new AssertionError("not gzip", e);
    }
  }

  static String path(Article a) {
    return a.date().map(d -> d.getYear() + "/" + a.slug().value() + "/")
        .orElse("undated/" + a.slug().value() + "/");
  }

  static Article article(String slug, String title, LocalDate date, String body) {
    return new Article("content/" + slug + ".md", new Slug(slug), title,
        Optional.ofNullable(date), date == null ? DateSource.NONE : DateSource.FRONT_MATTER,
        List.of(Tag.of("Topic")), "", body, false, "0");
  }

  /** The built index, read back the way the browser reads it. */
  record Index(List<String[]> shards, Map<String, byte[]> files) {
    static final Pattern SHARD = Pattern.compile("\\[\"([^\"]*)\",\"([0-9a-f]{10})\"]");
    static final Pattern TERM = Pattern.compile("^\\[\"([^\"]+)\"", Pattern.MULTILINE);

    static Index of(List<IndexFile> list) {
      Map<String, byte[]> files = new TreeMap<>();
      SearchIndexTest.files(list).forEach((name, bytes) -> files.put(name,
          name.endsWith(".gz") ? inflate(bytes) : bytes));
      String manifest = new String(files.get(SearchIndex.MANIFEST), StandardCharsets.UTF_8);
      List<String[]> shards = new ArrayList<>();
      Matcher m = SHARD.matcher(manifest.substring(manifest.indexOf("\"shards\"")));
      while (m.find()) {
        shards.add(new String[] {m.group(1), m.group(2)});
      }
      return new Index(shards, files);
    }

    List<String> firsts() {
      return shards.stream().map(s -> s[0]).toList();
    }

    String shardFile(int i) {
      return "search/d/" + shards.get(i)[1] + ".json.gz";
    }

    String shardText(int i) {
      return new String(files.get(shardFile(i)), StandardCharsets.UTF_8);
    }

    /** The last shard whose first term is not after {@code term}. */
    int shardOf(String term) {
      int found = 0;
      for (int i = 0; i < shards.size(); i++) {
        if (shards.get(i)[0].compareTo(term) <= 0) {
          found = i;
        }
      }
      return found;
    }

    List<String> termsOf(String shard) {
      List<String> out = new ArrayList<>();
      Matcher m = TERM.matcher(shard.replace("\"t\":[[", "\n["));
      while (m.find()) {
        out.add(m.group(1));
      }
      return out;
    }

    String entry(String term) {
      for (String line : shardText(shardOf(term)).replace("\"t\":[[", "\n[").split("\n")) {
        if (line.startsWith("[\"" + term + "\",")) {
          return line.endsWith(",") ? line.substring(0, line.length() - 1)
              : line.substring(0, line.length() - "]}".length());
        }
      }
      throw new AssertionError("no entry for " + term);
    }

    List<Integer> tierCounts(String term) {
      List<Integer> counts = new ArrayList<>();
      Matcher m = Pattern.compile("\\[\"p/[^\"]+\",(\\d+),\\d+]").matcher(entry(term));
      while (m.find()) {
        counts.add(Integer.parseInt(m.group(1)));
      }
      return counts;
    }

    /** Id → weight, from the inline postings or every tier. */
    Map<Integer, Integer> postings(String term) {
      String e = entry(term);
      List<String> encoded = new ArrayList<>();
      Matcher tiers = Pattern.compile("\"(p/[^\"]+)\"").matcher(e);
      while (tiers.find()) {
        encoded.add(new String(files.get("search/" + tiers.group(1)), StandardCharsets.US_ASCII));
      }
      if (encoded.isEmpty()) {
        Matcher inline = Pattern.compile(",\"([^\"]*)\"]$").matcher(e);
        assertThat(inline.find()).as(e).isTrue();
        encoded.add(inline.group(1));
      }
      Map<Integer, Integer> out = new HashMap<>();
      for (String s : encoded) {
        int[] pos = {0};
        int id = 0;
        while (pos[0] < s.length()) {
          id += next(s, pos);
          out.put(id, next(s, pos));
        }
      }
      return out;
    }

    int idOf(String slug) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        if (f.getKey().startsWith("search/f/") && new String(f.getValue(),
            StandardCharsets.UTF_8).contains("/" + slug + "/\"")) {
          String name = f.getKey().substring("search/f/".length());
          return Integer.parseInt(name.substring(0, name.indexOf('.')), 36);
        }
      }
      throw new AssertionError("no fragment for " + slug);
    }

    static int next(String s, int[] pos) {
      int v = 0;
      int shift = 0;
      while (true) {
        int d = SearchIndex.ALPHABET.indexOf(s.charAt(pos[0]++));
        v |= (d & 31) << shift;
        if (d < 32) {
          return v;
        }
        shift += 5;
      }
    }
  }
}
