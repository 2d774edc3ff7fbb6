package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tags over the real BBC corpus (2,225 articles), read in place from {@code ../shared/corpus};
 * skipped when the corpus is absent. Prints the figures quoted in the README.
 */
class CorpusTagsTest {
  private static final Path CORPUS = Path.of("../shared/corpus");
  private static final Set<String> NEVER = Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "said", "but",
      "and", "it", "he", "she", "they", "we", "this", "that", "mr", "mrs", "in", "on", "however",
      "also", "photo", "getty images");

  @Test
  void corpusTagsHaveNoJunkAndRespectTheCap() {
    assumeTrue(Files.isDirectory(CORPUS.resolve("bbc")), "corpus absent");
    SiteConfig config = SiteConfig.defaults();
    long start = System.nanoTime();
    LoadedArchive loaded = new ArchiveLoader(config).load(CORPUS, CORPUS.resolve("bbc"), false,
        new Problems());
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<Article> articles = loaded.archive().articles();
    assertThat(articles.size()).isGreaterThanOrEqualTo(2_225);
    List<Integer> perArticle = new ArrayList<>();
    Map<String, Integer> uses = new TreeMap<>();
    for (Article a : articles) {
      assertThat(a.tags().size()).as(a.title()).isLessThanOrEqualTo(config.maxTagsPerArticle());
      perArticle.add(a.tags().size());
      for (Tag t : a.tags()) {
        assertThat(NEVER).as(a.title()).doesNotContain(t.name().toLowerCase(Locale.ROOT));
        assertThat(t.name()).as(a.title()).doesNotMatch("(?i)\\p{L}+['’](m|re|ve|ll|d|t)\\b.*");
        uses.merge(t.name(), 1, Integer::sum);
      }
    }
    Collections.sort(perArticle);
    long once = uses.values().stream().filter(n -> n == 1).count();
    List<Map.Entry<String, Integer>> largest = new ArrayList<>(uses.entrySet());
    largest.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    long untagged = perArticle.stream().filter(n -> n == 0).count();
    System.out.printf("corpus tags: %d articles, tags per article median %d max %d, untagged %d,"
        + " %d distinct tags, %d used once, largest %s, load+tag %d ms%n", articles.size(),
        perArticle.get(perArticle.size() / 2), perArticle.get(perArticle.size() - 1), untagged,
        uses.size(), once, largest.subList(0, Math.min(10, largest.size())), millis);
    assertThat(perArticle.get(perArticle.size() / 2)).isGreaterThanOrEqualTo(3);
  }
}
