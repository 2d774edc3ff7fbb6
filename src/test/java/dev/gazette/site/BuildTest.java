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

class BuildTest {

  @Test
  void markupInTitleTagsAndBodyIsEscapedEverywhere(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-02-x.md --
        ---
        title: "<script>alert('t')</script> Title"
        tags: ["<script>alert('g')</script>", "<b>Bold</b>"]
        summary: "<img src=x onerror=alert(1)>"
        ---
        Body <script>alert('b')</script> and <iframe src="//evil"></iframe>.

        [click](javascript:alert(1))
        -- content/raw.txt --
        <script>alert('raw')</script> headline
        A paragraph with <b>markup</b> & an entity &lt;script&gt;.
        """);
    site.build().assertOk();
    for (String f : site.files("site")) {
      // The search page's own script and a page's JSON-LD (whose text never contains '<') are
      // the only scripts a page may hold.
      String text = site.read("site/" + f).replace("<script src=\"/search.js\" defer></script>",
          "").replaceAll("<script type=\"application/ld\\+json\">[^<]*</script>", "");
      assertThat(text).as(f).doesNotContain("<script").doesNotContain("<iframe")
          .doesNotContain("<img src=x").doesNotContain("<b>").doesNotContain("javascript:");
    }
    Document page = site.html("site/2024/01/x/index.html");
    assertThat(page.selectFirst("h1").text()).isEqualTo("<script>alert('t')</script> Title");
    assertThat(page.select(".tags a").eachText()).contains("<script>alert('g')</script>");
    assertThat(page.selectFirst(".body").text()).contains("Body <script>alert('b')</script>");
    assertThat(site.files("site")).allMatch(f -> !f.contains("<") && !f.contains(">"));
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/")).isEmpty();
  }

  @Test
  void aBrokenArticleIsReportedWithFileAndLineAndTheOthersArePublished(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/good.md --
        ---
        title: Good one
        date: 2024-03-04
        ---
        Fine.
        -- content/bad-date.md --
        ---
        title: Bad date
        tags: [a]
        date: 2024-13-45
        ---
        Body.
        -- content/bad-yaml.md --
        ---
        title: [unclosed
        ---
        Body.
        -- content/unclosed.md --
        ---
        title: Never closed
        Body.
        -- content/image.txt --
        """);
    site.writeBytes("content/image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    TestSite.Run run = site.build().assertCode(1);
    assertThat(run.err())
        .contains("content/bad-date.md:4: error: date '2024-13-45' is not a date")
        .contains("content/bad-yaml.md:2: error: front matter is not valid YAML")
        .contains("content/unclosed.md:1: error: front matter opened with '---' on line 1 is"
            + " never closed")
        .contains("content/image.txt: error: is not a text file");
    assertThat(run.out()).contains("Built 1 articles");
    site.assertFile("site/2024/03/good/index.html", "Good one");
  }

  @Test
  void configErrorsNameTheKeyAndSuggestTheRightOne(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        title: T
        page_sise: 10
        -- content/a.md --
        ---
        title: A
        ---
        """);
    TestSite.Run run = site.build().assertCode(3);
    assertThat(run.err()).contains("gazette.yaml:2: unknown key 'page_sise'; did you mean"
        + " 'page_size'?");
    assertThat(Files.exists(site.path("site"))).isFalse();
  }

  @Test
  void aTemplateErrorNamesTemplateAndLineAndKeepsThePreviousSite(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: First
        date: 2024-01-01
        ---
        Text.
        """);
    site.build().assertOk();
    byte[] before = Files.readAllBytes(site.path("site/index.html"));
    site.add("""
        -- templates/home.peb --
        {% extends "base" %}
        {% block content %}
        {{ no.such.variable }}
        {% endblock %}
        """);
    TestSite.Run run = site.build().assertCode(3);
    assertThat(run.err()).contains("templates/home.peb:3:");
    assertThat(Files.readAllBytes(site.path("site/index.html"))).isEqualTo(before);
    assertThat(site.files(".")).noneMatch(f -> f.contains("staging"));
  }

  @Test
  void aFolderGazetteDidNotMakeIsNeverReplaced(@TempDir Path dir) throws IOException {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: A
        ---
        -- precious/notes.txt --
        keep me
        """);
    TestSite.Run run = site.build("--out", site.path("precious").toString()).assertCode(3);
    assertThat(run.err()).contains("was not made by Gazette");
    assertThat(site.read("precious/notes.txt")).isEqualTo("keep me\n");
    site.build("--out", site.path("content/inside").toString()).assertCode(3);
    assertThat(Files.exists(site.path("content/inside"))).isFalse();
  }

  @Test
  void slugsAreSafeAndUniqueAndDraftsStayOut(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/a.md --
        ---
        title: Same title
        date: 2024-02-01
        slug: ../../../etc/passwd
        ---
        -- content/b.md --
        ---
        title: Same title
        date: 2024-02-01
        slug: etc-passwd
        ---
        -- content/c.md --
        ---
        title: Secret
        date: 2024-02-02
        draft: true
        ---
        """);
    TestSite.Run run = site.build().assertOk();
    assertThat(run.err()).contains("content/b.md: warning: slug 'etc-passwd' is already used by"
        + " content/a.md; this article is published as 'etc-passwd-2'");
    assertThat(site.files("site")).contains("2024/02/etc-passwd/index.html",
        "2024/02/etc-passwd-2/index.html").noneMatch(f -> f.contains("2024/02/c/"));
    site.build("--drafts").assertOk();
    assertThat(site.files("site")).contains("2024/02/c/index.html");
  }

  @Test
  void listPagesArePaginatedAndTimelineCountsAdd(@TempDir Path dir) throws IOException {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\npage_size: 2\nlist_page_size: 2\n");
    for (int i = 1; i <= 5; i++) {
      spec.append("-- content/2023-0").append(i).append("-1").append(i)
          .append("-story-").append(i).append(".md --\n---\ntitle: Story ").append(i)
          .append("\ntags: [Common]\n---\nText ").append(i).append(".\n");
    }
    TestSite site = TestSite.write(dir, spec.toString());
    site.build("--base-url", "/sub/").assertOk();
    assertThat(site.files("site")).contains("index.html", "page/2/index.html",
        "page/3/index.html", "tags/common/page/3/index.html", "archive/2023/index.html",
        "archive/2023/05/index.html");
    // A year page shows its months; their lists are on the month pages, never repeated.
    assertThat(site.files("site")).noneMatch(f -> f.startsWith("archive/2023/page/"));
    assertThat(site.html("site/index.html").select("ol.cards h2").eachText())
        .containsExactly("Story 5", "Story 4");
    assertThat(site.html("site/archive/index.html").select("ul.years li").text())
        .isEqualTo("2023 5");
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/sub/")).isEmpty();
    Document article = site.html("site/2023/03/story-3/index.html");
    assertThat(article.selectFirst("a[rel=prev]").text()).contains("Story 2");
    assertThat(article.selectFirst("a[rel=next]").text()).contains("Story 4");
    assertThat(site.read("site/feed.xml").indexOf("<title>Story 5</title>"))
        .isLessThan(site.read("site/feed.xml").indexOf("<title>Story 1</title>"));
  }

  @Test
  void hostileFrontMatterIsRefusedWithoutTakingDownTheBuild(@TempDir Path dir) {
    StringBuilder laughs = new StringBuilder("---\ntitle: Lol\na: &a [\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 0; i < 9; i++) {
      laughs.append((char) ('b' + i)).append(": &").append((char) ('b' + i)).append(" [*")
          .append((char) ('a' + i)).append(",*").append((char) ('a' + i)).append(",*")
          .append((char) ('a' + i)).append("]\n");
    }
    laughs.append("---\nBody.\n");
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-01-fine.md --
        ---
        title: Fine
        ---
        Fine body.
        -- content/deep.md --
        ---
        title: Deep
        tags: %s
        ---
        -- content/dup.md --
        ---
        title: One
        title: Two
        ---
        """.formatted("[".repeat(500) + "]".repeat(500)));
    site.writeFile("content/laughs.md", laughs.toString());
    TestSite.Run run = site.build();
    assertThat(run.code()).isIn(0, 1);
    assertThat(run.err()).contains("content/deep.md").contains("content/dup.md:")
        .doesNotContain("OutOfMemory").doesNotContain("StackOverflow");
    site.assertFile("site/2024/01/fine/index.html", "Fine body.");
  }
}
