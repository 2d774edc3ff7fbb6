package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.LinkChecker;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of the README's "What happens with bad input", built as whole sites. */
class HostileInputTest {

  @Test
  void hostileLinksInAnArticleAreTextAndTheBuildWarnsWithFileAndLine(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-02-x.md --
        ---
        title: X
        ---
        Fine [link](https://example.com).

        [a](JavaScript:alert(1)) <JavaScript:alert(2)> ![p](jAvAsCrIpT:alert(3))

        | cell |
        |---|
        | [t](java&#9;script:alert(4)) |

        [r] [s]

        [r]: Javascript:alert(5)
        [s]: data:text/html,<script>alert(6)</script>
        """);
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/2024-01-02-x.md:6: warning: link scheme"
        + " 'javascript:'", "content/2024-01-02-x.md:10: warning", "(reference 'r')",
        "'data:' is not allowed");
    Document page = site.html("site/2024/01/x/index.html");
    assertThat(page.select(".body a[href]").eachAttr("href"))
        .containsExactly("https://example.com");
    assertThat(page.select(".body img")).isEmpty();
    assertThat(page.selectFirst(".body").text()).contains("a <JavaScript:alert(2)> p");
  }

  @Test
  void strictFailsOnTheLinkWarningEvenWhenThePageWasBuiltBefore(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        ---
        [a](javascript:alert(1))
        """);
    site.build().assertOk();
    // the page is not rendered again by an incremental build; --strict renders every page
    TestSite.Run strict = site.build("--strict").assertCode(1);
    assertThat(strict.err()).contains("content/a.md:4: warning: link scheme 'javascript:'");
  }

  @Test
  void aPathologicalArticleIsAnErrorNamingItAndTheRestIsBuilt(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/good.md --
        ---
        title: Good
        ---
        Fine.
        -- content/quotes.md --
        ---
        title: Quotes
        ---
        QUOTES
        -- content/lists.md --
        ---
        title: Lists
        ---
        LISTS
        """);
    site.writeFile("content/quotes.md", site.read("content/quotes.md")
        .replace("QUOTES", ">".repeat(600)));
    site.writeFile("content/lists.md", site.read("content/lists.md")
        .replace("LISTS", "- ".repeat(600) + "x"));
    TestSite.Run run = site.build().assertCode(1);
    assertThat(run.err()).contains("content/quotes.md:4: error: 600 block quotes or list items",
        "content/lists.md:4: error: 600 block quotes", "the article is skipped");
    assertThat(run.err()).doesNotContain("StackOverflowError").doesNotContain("Exception");
    site.assertFile("site/undated/good/index.html", "Fine.");
    assertThat(Files.exists(site.path("site/undated/quotes/index.html"))).isFalse();
    // the next build says the same: the check does not depend on the read cache
    assertThat(site.build().assertCode(1).err()).contains("content/quotes.md:4: error");
  }

  @Test
  void aFlexmarkFailureWhileRenderingIsAnErrorNamingTheFile(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/good.md --
        ---
        title: Good
        ---
        Fine.
        -- content/stars.md --
        ---
        title: Stars
        ---
        STARS
        """);
    site.writeFile("content/stars.md", site.read("content/stars.md")
        .replace("STARS", "*".repeat(20_000) + "a" + "*".repeat(20_000)));
    TestSite.Run run = site.build().assertCode(1);
    assertThat(run.err()).contains("content/stars.md:4: error: not rendered as Markdown");
    site.assertFile("site/undated/good/index.html", "Fine.");
    site.assertFile("site/undated/stars/index.html", "***");
  }

  @Test
  void theTimeLimitIsConfigurable(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        article_time_limit: 0
        -- content/a.md --
        Text.
        """);
    assertThat(site.build().assertCode(3).err())
        .contains("article_time_limit must be at least 1, was 0");
  }

  @Test
  void aLinkToAFileOutsideContentIsNotPublished(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        ---
        Fine.
        -- outside/secret.txt --
        SECRET headline
        The runner's private text.
        -- outside/folder/other.md --
        ---
        title: Other secret
        ---
        SECRET too.
        """);
    Files.createSymbolicLink(site.path("content/leak.txt"), site.path("outside/secret.txt"));
    Files.createSymbolicLink(site.path("content/more"), site.path("outside/folder"));
    Files.createSymbolicLink(site.path("content/inside.md"), site.path("content/a.md")
        .getFileName());
    TestSite.Run run = site.build();
    assertThat(run.err()).contains("content/leak.txt: warning: is a link to a file outside"
        + " content; not read", "content/more: warning: is a link to a folder outside content;"
        + " not followed");
    for (String f : site.files("site")) {
      assertThat(site.read("site/" + f)).as(f).doesNotContain("SECRET");
    }
  }

  @Test
  void templatesAndStaticFilesLeadingOutsideAreNotUsed(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        ---
        Fine.
        -- outside/evil.peb --
        SECRET {{ page.title }}
        -- outside/secret.css --
        SECRET
        """);
    Files.createDirectories(site.path("templates/static"));
    Files.createSymbolicLink(site.path("templates/article.peb"), site.path("outside/evil.peb"));
    Files.createSymbolicLink(site.path("templates/static/leak.css"),
        site.path("outside/secret.css"));
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("templates/article.peb: warning: is a link leading outside",
        "templates/static/leak.css: warning: is a link to a file outside templates/");
    assertThat(Files.exists(site.path("site/leak.css"))).isFalse();
    site.assertFile("site/undated/a/index.html", "Fine.", "! SECRET");
  }

  @Test
  void undatedArticlesAreNeverInFeeds(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-05-06-dated.md --
        ---
        title: Dated
        tags: [t]
        ---
        Dated text.
        -- content/undated.md --
        ---
        title: Undated one
        tags: [t, u]
        ---
        No date.
        """);
    site.build().assertOk();
    site.assertFile("site/feed.xml", "! 1970", "! Undated one");
    // Tags this small get no feed of their own (SitePlan.TAG_FEED_MIN), so none can hold it.
    assertThat(site.files("site")).noneMatch(f -> f.startsWith("tags/") && f.endsWith(".xml"));
    site.assertFile("site/feed.xml", "<title>Dated</title>", "2024-05-06");
  }

  @Test
  void duplicateSlugWarningsNameBothFilesAndAnExplicitSlugWins(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a1.md --
        ---
        title: A
        slug: a
        ---
        One.
        -- content/a2.md --
        ---
        title: A
        slug: a
        ---
        Two.
        -- content/b.md --
        ---
        title: B
        slug: a-2
        ---
        Explicit.
        """);
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/a2.md: warning: slug 'a' is already used by"
        + " content/a1.md; this article is published as 'a-3'").doesNotContain("null");
    site.assertFile("site/undated/a-2/index.html", "Explicit.");
    site.assertFile("site/undated/a-3/index.html", "Two.");
  }

  @Test
  void normalizeBesideAnotherMarkdownFileOfTheSameNameWritesNoThirdCopy(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/c.txt --
        Headline of c
        The raw text of the article, long enough to be a paragraph.
        -- content/c.markdown --
        ---
        title: Hand-written c
        ---
        Edited by hand.
        -- content/d.txt --
        Headline of d
        Another raw article with a paragraph of text.
        """);
    for (int run = 0; run < 2; run++) {
      TestSite.Run normalize = site.run("normalize").assertOk();
      assertThat(normalize.err()).contains("content/c.markdown:1: warning: is the Markdown file"
          + " for content/c.txt").doesNotContain("Exception");
    }
    assertThat(Files.exists(site.path("content/c.md"))).isFalse();
    assertThat(Files.exists(site.path("content/d.md"))).isTrue();
    site.build().assertOk();
    assertThat(site.files("site")).filteredOn(f -> f.contains("hand-written-c")
        || f.endsWith("/c/index.html")).hasSize(1);
  }

  @Test
  void twoMarkdownFilesOfOneNameAreAWarningNamingBoth(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/c.md --
        ---
        title: C md
        ---
        From md.
        -- content/c.markdown --
        ---
        title: C markdown
        ---
        From markdown.
        -- content/STORY.TXT --
        Loud story headline
        A raw article whose extension is in capitals.
        """);
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/c.markdown: warning: has the same name as"
        + " content/c.md (which is read)");
    assertThat(run.out()).contains("Built 2 articles");
  }

  @Test
  void tagsAndTitlesInEveryScriptKeepTheirLettersAndNeverShareAPage(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-02-a.md --
        ---
        title: Путин и Зеленский
        tags: [Путин, Зеленский, 日本, العربية, C++, C#, C]
        ---
        Text.
        -- content/2024-01-03-b.md --
        ---
        title: 日本の記事
        ---
        More.
        """);
    site.build().assertOk();
    Document page = site.html("site/2024/01/a/index.html");
    assertThat(page.select(".tags a").eachAttr("href")).containsExactly(
        "/tags/%D0%BF%D1%83%D1%82%D0%B8%D0%BD/",
        "/tags/%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D0%BA%D0%B8%D0%B9/",
        "/tags/%E6%97%A5%E6%9C%AC/", "/tags/%D8%A7%D9%84%D8%B9%D8%B1%D8%A8%D9%8A%D8%A9/",
        "/tags/c-plus-plus/", "/tags/c-sharp/", "/tags/c/");
    assertThat(site.files("site/tags")).contains("путин/index.html", "日本/index.html",
        "c-plus-plus/index.html", "c-sharp/index.html", "c/index.html");
    // the title-derived slug of a file without a date-free name part keeps its letters
    assertThat(site.files("site/2024/01")).contains("b/index.html");
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/")).isEmpty();
  }

  @Test
  void twoDifferentTagsThatStillFoldToOneSlugAreAWarning(@TempDir Path dir) {
    String longA = "Long ".repeat(20) + "alpha";
    String longB = "Long ".repeat(20) + "beta";
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        tags: ["%s"]
        ---
        A.
        -- content/b.md --
        ---
        title: B
        tags: ["%s", "prince harry", "Prince-Harry", "Café", "Cafe"]
        ---
        B.
        """.formatted(longA, longB));
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("share the page tags/long-long").contains("tags.yaml")
        .doesNotContain("'Prince-Harry'").doesNotContain("'Cafe'");
  }

  @Test
  void controlCharactersOverridesAndLoneSurrogatesInFrontMatterAreRemovedWithAWarning(
      @TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: "Ti\\0\\0tle \\u202Egnp.exe\\uFFFE \\uD800end"
        tags: ["ok\\u0007tag"]
        summary: "Sum\\x1b[2Jmary"
        ---
        Body.
        """);
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/a.md:2: warning: 'title' holds 5 control,"
        + " bidirectional-override or non-character code points (first U+0000); removed",
        "content/a.md:3: warning: 'tags'", "content/a.md:4: warning: 'summary'");
    for (String f : site.files("site")) {
      if (f.endsWith(".ico")) {
        continue; // the theme's icon is binary
      }
      // The search index is stored gzipped: what a browser reads is the text inside.
      String text = f.endsWith(".gz") ? gunzip(site.path("site/" + f)) : site.read("site/" + f);
      assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'))
          .as(f).isEmpty();
      assertThat(text).as(f).doesNotContain("\u202E").doesNotContain("\uFFFE")
          .doesNotContain("?end");
    }
    assertThat(site.html("site/undated/a/index.html").selectFirst("h1").text())
        .isEqualTo("Title gnp.exe end");
  }

  @Test
  void fileNamesAreEscapedBeforeTheyReachTheTerminal(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/ok.md --
        ---
        title: Ok
        ---
        Fine.
        """);
    String evil = "content/\u001B]0;owned\u0007\u001B[2Jx\u202Etxt.md";
    site.writeFile(evil, "---\ntitle: [unclosed\n---\nBody.\n");
    TestSite.Run run = site.build();
    assertThat(run.err()).doesNotContain("\u001B").doesNotContain("\u0007")
        .doesNotContain("\u202E").contains("content/\\u001B]0;owned\\u0007\\u001B[2Jx\\u202Etxt.md");
  }

  private static String gunzip(Path file) {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
        java.nio.file.Files.newInputStream(file))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
