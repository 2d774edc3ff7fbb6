package dev.gazette.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problems;
import dev.gazette.site.ArchiveLoader;
import dev.gazette.site.LoadedArchive;
import dev.gazette.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive-wide tagging seen from ArchiveLoader: the seed articles name their people, a name in one
 * article only must dominate it, short mentions merge, tags are deterministic, and the BBC corpus
 * (when ../shared/corpus is present) gets no month, weekday or common-word tags within the cap.
 */
class ArchiveTaggingTest {
  static final Path REPO = Path.of("").toAbsolutePath();
  static final Set<String> NEVER = Set.of("january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "the", "but", "and", "it", "he",
      "she", "they", "we", "this", "that", "mr", "mrs", "said", "however", "in", "on", "a");

  static LoadedArchive load(Path root) {
    ArchiveLoader loader = new ArchiveLoader(SiteConfig.defaults());
    return loader.load(root, root.resolve("content"), false, new Problems());
  }

  static List<String> tagNames(Article a) {
    return a.tags().stream().map(Tag::name).toList();
  }

  @Test
  void sampleArticlesAreTaggedWithThePeopleInThem() {
    LoadedArchive loaded = load(REPO);
    List<String> all = new ArrayList<>();
    for (Article a : loaded.archive().articles()) {
      assertThat(a.tags()).as(a.title()).isNotEmpty();
      all.addAll(tagNames(a));
      for (String t : tagNames(a)) {
        assertThat(NEVER).as(t).doesNotContain(t.toLowerCase(Locale.ROOT));
      }
    }
    assertThat(all).contains("Prince Harry", "King Charles", "Meghan Markle")
        .doesNotContain("Harry", "Charles", "Meghan");
  }

  @Test
  void aNameMentionedOnceOutsideHeadlineAndLedeIsNoTag(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a.txt --
        Storm hits coast

        Anna Berg spoke to crews. Anna Berg said the storm was bad.

        Later Tom Reed agreed with her.
        -- content/b.txt --
        Storm clean-up

        Anna Berg returned. Anna Berg thanked volunteers.

        Ole Vik said nothing.
        """);
    LoadedArchive loaded = load(site.root());
    Map<String, List<String>> byTitle = new TreeMap<>();
    loaded.archive().articles().forEach(a -> byTitle.put(a.title(), tagNames(a)));
    // Anna Berg recurs in each; Tom Reed and Ole Vik are named once, after the lede.
    assertThat(byTitle.get("Storm hits coast")).containsExactly("Anna Berg");
    assertThat(byTitle.get("Storm clean-up")).containsExactly("Anna Berg");
  }

  @Test
  void shortMentionMergesIntoFullNameAndResultIsDeterministic(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a.txt --
        Royal visit

        Prince Harry arrived in the city. Crowds cheered as Harry waved. Later Harry spoke.
        -- content/b.txt --
        Royal return

        Prince Harry flew home. Reporters said Harry looked tired.
        """);
    List<List<String>> first = load(site.root()).archive().articles().stream()
        .map(ArchiveTaggingTest::tagNames).toList();
    for (List<String> tags : first) {
      assertThat(tags).contains("Prince Harry").doesNotContain("Harry");
    }
    for (int i = 0; i < 3; i++) {
      assertThat(load(site.root()).archive().articles().stream()
          .map(ArchiveTaggingTest::tagNames).toList()).isEqualTo(first);
    }
  }

  @Test
  void corpusTagsAreSane() {
    Path corpus = REPO.resolve("../shared/corpus").normalize();
    Assumptions.assumeTrue(Files.isDirectory(corpus.resolve("bbc")), "no ../shared/corpus");
    long start = System.nanoTime();
    ArchiveLoader loader = new ArchiveLoader(SiteConfig.defaults());
    LoadedArchive loaded = loader.load(corpus, corpus.resolve("bbc"), false, new Problems());
    long ms = (System.nanoTime() - start) / 1_000_000;
    int cap = SiteConfig.defaults().maxTagsPerArticle();
    List<Integer> perArticle = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    for (Article a : loaded.archive().articles()) {
      assertThat(a.tags().size()).isLessThanOrEqualTo(cap);
      perArticle.add(a.tags().size());
      for (String t : tagNames(a)) {
        assertThat(NEVER).as(t + " in " + a.title()).doesNotContain(t.toLowerCase(Locale.ROOT));
        counts.merge(t, 1, Integer::sum);
      }
    }
    assertThat(loaded.archive().size()).isGreaterThanOrEqualTo(2000);
    Collections.sort(perArticle);
    long once = counts.values().stream().filter(n -> n == 1).count();
    List<Map.Entry<String, Integer>> largest = new ArrayList<>(counts.entrySet());
    largest.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    System.out.printf("corpus: %d articles, tags/article median %d max %d, %d tags, %d used once,"
        + " largest %s, load+tag %d ms%n", perArticle.size(), perArticle.get(perArticle.size() / 2),
        perArticle.get(perArticle.size() - 1), counts.size(), once,
        largest.subList(0, Math.min(15, largest.size())), ms);
    assertThat(perArticle.get(perArticle.size() / 2)).isGreaterThan(0);
  }
}
