package dev.gazette.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.bench.ArchiveGenerator;
import dev.gazette.testing.AtomChecker;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Atom feed Gazette writes (the site's and each tag's) is valid Atom: it passes RFC 4287's
 * RELAX NG schema (Appendix B, run through jing) and the RFC's rules the schema cannot state
 * (see {@link AtomChecker}). Checked on the sample site of this repository at the root, under a
 * sub-path and with an absolute base URL, and on a generated archive with hostile articles.
 */
class AtomValidityTest {
  private final AtomChecker checker = new AtomChecker();

  static List<String> feeds(TestSite site) {
    return site.files("site").stream().filter(f -> f.endsWith("feed.xml")).toList();
  }

  @Test
  void theCheckerReportsEachBrokenRuleNamingTheFile(@TempDir Path dir) throws IOException {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(feed, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>T</title>
          <id>/relative/feed.xml</id>
          <entry>
            <title>A</title>
            <id>tag:example.org,2024:/a/</id>
            <updated>2024-06-23t10:00:00z</updated>
          </entry>
          <entry>
            <title>B</title>
            <link href="https://example.org/b/"/>
            <link rel="alternate" href="https://example.org/b2/"/>
            <id>tag:example.org,2024:/a/</id>
            <updated>1890-01-01T00:00:00+00:19:32</updated>
          </entry>
        </feed>
        """);
    List<String> problems = checker.problems(feed, "feed.xml");
    assertThat(problems).allMatch(p -> p.startsWith("feed.xml:"));
    assertThat(String.join("\n", problems))
        // The schema: a feed must say when it was updated.
        .containsPattern("feed\\.xml:\\d+:\\d+: .*updated")
        .contains("feed.xml: atom:feed: atom:id '/relative/feed.xml' is not an absolute IRI")
        .contains("feed.xml: entry 1 atom:updated: '2024-06-23t10:00:00z' is not an RFC 3339")
        .contains("feed.xml: entry 2 atom:updated: '1890-01-01T00:00:00+00:19:32' is not an"
            + " RFC 3339")
        .contains("feed.xml: entry 1: has neither an alternate atom:link nor atom:content")
        .contains("feed.xml: entry 1: has no atom:author, and neither has the feed")
        .contains("feed.xml: entry 2: has the atom:id 'tag:example.org,2024:/a/' of entry 1")
        .contains("feed.xml: entry 2: has two alternate links of type '' and hreflang ''");
  }

  @Test
  void everyFeedOfTheSampleSiteIsValid(@TempDir Path dir) throws IOException {
    TestSite site = NuCheckTest.sampleSite(dir);
    for (String base : new String[] {"/", "/repo/", "https://example.org/news/"}) {
      site.build("--base-url", base).assertOk();
      List<String> feeds = feeds(site);
      assertThat(feeds).as("base URL %s", base).contains("feed.xml");
      assertThat(site.read("site/feed.xml")).contains("<entry>");
      assertThat(checker.problems(site.path("site"), feeds)).as("base URL %s", base).isEmpty();
    }
  }

  /**
   * A generated archive and, among it, articles whose titles and tags carry control characters,
   * CDATA ends, script end tags and non-Latin scripts, some undated (a tag of only undated
   * articles earns no feed: it would have no entry), and one from 1890, when Amsterdam's
   * offset from UTC was not a whole number of minutes, which no RFC 3339 offset can write.
   */
  @Test
  void everyFeedOfAGeneratedArchiveWithHostileArticlesIsValid(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        title: "Archive ]]> </script> \\a Ωmega"
        time_zone: Europe/Amsterdam
        """);
    ArchiveGenerator.write(300, dir.resolve("content"), NuCheckTest.CORPUS);
    String[] titles = {"Bell \\a and \\x01 in ]]> a title", "</script><script>alert(1)",
        "東京の新しい駅", "Москва и Петербург", "القاهرة اليوم", "Emoji 🎉 & <b>tags</b>"};
    String tags = "tags: [\"]]>\", \"</script>\", \"東京\", \"Москва\", \"القاهرة\","
        + " \"Bell \\a tag\", \"🎉\"]";
    for (int i = 0; i < titles.length; i++) {
      site.writeFile("content/hostile/2024-05-0" + (i + 1) + "-h" + i + ".md", "---\ntitle: \""
          + titles[i] + "\"\n" + tags + "\nsummary: \"Summary ]]> \\x02 </summary>\"\n---\n"
          + "Body " + i + ".\n");
    }
    for (int i = 0; i < 5; i++) {
      site.writeFile("content/undated/u" + i + ".md", "---\ntitle: \"Undated " + titles[i]
          + "\"\ntags: [Only undated, \"東京\"]\n---\nNo date here.\n");
    }
    site.writeFile("content/hostile/2024-05-09-raw.txt", "Bell \u0007 headline ]]> </script>"
        + "\u0001\u001b[31m\n\nThe \u000b body of a raw \u007f article, filed in Москва.\n");
    site.writeFile("content/old/1890-06-01-old.md", "---\ntitle: From 1890\ntags: [\"東京\"]\n"
        + "---\nAn old story.\n");
    for (String base : new String[] {"/", "https://example.org/archive/"}) {
      site.build("--base-url", base).assertOk();
      List<String> feeds = feeds(site);
      assertThat(feeds).as("base URL %s", base).contains("feed.xml")
          .doesNotContain("tags/only-undated/feed.xml");
      assertThat(site.files("site")).contains("tags/only-undated/index.html");
      assertThat(site.read("site/feed.xml")).contains("headline ]]&gt; &lt;/script&gt;");
      assertThat(feeds.size()).as("tag feeds").isGreaterThan(5);
      assertThat(site.read("site/tags/東京/feed.xml"))
          .contains("From 1890", "<updated>1890-05-31T23:42:30Z</updated>", "東京の新しい駅");
      assertThat(checker.problems(site.path("site"), feeds)).as("base URL %s", base).isEmpty();
    }
  }

  /** RFC 4287 requires a feed's "updated" even when the feed has no entry to date it by. */
  @Test
  void aSiteWithoutDatedArticlesHasAValidFeed(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/undated.md --
        ---
        title: Undated
        ---
        No date.
        """);
    site.build().assertOk();
    site.assertFile("site/feed.xml", "<updated>1970-01-01T00:00:00Z</updated>", "! <entry>");
    assertThat(checker.problems(site.path("site"), feeds(site))).isEmpty();
    Files.delete(site.path("content/undated.md"));
    site.build().assertOk();
    assertThat(checker.problems(site.path("site"), feeds(site))).isEmpty();
  }

  /**
   * The site's language is the feeds' {@code xml:lang} (and the pages' {@code lang}): a value
   * that is no language tag would make every feed invalid, so the configuration refuses it.
   */
  @Test
  void aLanguageThatIsNotALanguageTagIsRefused(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        language: en_GB
        -- content/2024-05-01-a.md --
        ---
        title: A
        ---
        Text.
        """);
    assertThat(site.build().assertCode(3).err()).contains("gazette.yaml:1: language 'en_GB' is"
        + " not a language tag; expected one such as en or en-GB (write 'en-GB')");
    site.writeFile("gazette.yaml", "language: \"\"\n");
    assertThat(site.build().assertCode(3).err()).contains("gazette.yaml:1: language '' is not");
    site.writeFile("gazette.yaml", "language: zh-Hant-TW\n");
    site.build().assertOk();
    site.assertFile("site/feed.xml", "xml:lang=\"zh-Hant-TW\"");
    assertThat(checker.problems(site.path("site"), feeds(site))).isEmpty();
  }
}
