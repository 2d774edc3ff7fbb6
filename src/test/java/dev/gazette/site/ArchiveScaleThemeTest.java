package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.LinkChecker;
import dev.gazette.testing.TestSite;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline at a glance, the tag index at many tags, and what earns a file. */
class ArchiveScaleThemeTest {

  @Test
  void theArchiveDrawsEveryMonthAsALinkedCellAndMonthsLinkTheirNeighbours(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2023-11-02-a.md --
        ---
        title: A
        ---
        Text.
        -- content/2024-01-05-b.md --
        ---
        title: B
        ---
        Text.
        -- content/2024-01-09-c.md --
        ---
        title: C
        ---
        Text.
        -- content/2024-06-01-d.md --
        ---
        title: D
        ---
        Text.
        """);
    site.build("--base-url", "/repo/").assertOk();
    Document archive = site.html("site/archive/index.html");
    Element svg = archive.selectFirst("svg.timeline");
    assertThat(svg).isNotNull();
    // 2 years x 12 months: 3 months with articles are links, the other 21 plain cells.
    assertThat(svg.select("rect")).hasSize(24);
    assertThat(svg.select("a[href^=/repo/archive/20] > rect")).hasSize(3);
    assertThat(svg.select("a[href=/repo/archive/2024/01/] > title").text())
        .isEqualTo("January 2024: 2 articles");
    assertThat(svg.select("a[href=/repo/archive/2023/] > title").text())
        .isEqualTo("2023: 1 article");
    assertThat(archive.select("ul.years a").eachText()).containsExactly("2024", "2023");

    Document year = site.html("site/archive/2024/index.html");
    assertThat(year.select("svg.timeline rect")).hasSize(12);
    assertThat(year.select("svg.timeline a")).hasSize(2);
    assertThat(site.files("site")).noneMatch(f -> f.startsWith("archive/2024/page/"));

    Document jan = site.html("site/archive/2024/01/index.html");
    assertThat(jan.select(".neighbours a[rel=prev]").attr("href"))
        .isEqualTo("/repo/archive/2023/11/");
    assertThat(jan.select(".neighbours a[rel=next]").attr("href"))
        .isEqualTo("/repo/archive/2024/06/");
    assertThat(site.html("site/archive/2024/06/index.html").select(".neighbours a[rel=next]"))
        .isEmpty();
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/repo/")).isEmpty();
    assertThat(HtmlValidityTest.errors(site)).isEmpty();
  }

  @Test
  void yearsWithoutArticlesShowAsEmptyRowsAndALongPauseAsOneLine(@TempDir Path dir)
      throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-01-a.md --
        ---
        title: A
        ---
        Text.
        -- content/2022-05-01-b.md --
        ---
        title: B
        ---
        Text.
        -- content/2015-01-01-c.md --
        ---
        title: C
        ---
        Text.
        """);
    site.build().assertOk();
    Element svg = site.html("site/archive/index.html").selectFirst("svg.timeline");
    // 2024, an empty 2023, 2022, one line for 2016-2021, 2015.
    assertThat(svg.select("rect")).hasSize(4 * 12);
    assertThat(svg.select("a > rect")).hasSize(3);
    assertThat(svg.select("text.yl").eachText()).containsExactly("2024", "2022", "2015");
    assertThat(svg.select("text.ye").eachText()).containsExactly("2023");
    assertThat(svg.select("text.gap").eachText()).containsExactly("2016–2021: no articles");
    assertThat(svg.attr("viewBox")).isEqualTo("0 0 382 146");
    assertThat(HtmlValidityTest.errors(site, "archive/index.html")).isEmpty();
  }

  @Test
  void aLargeTagIndexHasTheMostUsedFirstAndALetterPerPage(@TempDir Path dir) throws Exception {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\nmax_tags_per_article: 12\n");
    // 150 articles, each with a shared tag and three of its own: 453 tags in all.
    for (int i = 0; i < 150; i++) {
      spec.append(String.format("-- content/2024-%02d-%02d-story-%d.md --%n", 1 + i % 12,
          1 + i % 28, i));
      spec.append("---\ntitle: Story ").append(i).append("\ntags: [Common, ")
          .append(i % 2 == 0 ? "Even" : "Odd").append(", Alpha ").append(i).append(", Zulu ")
          .append(i).append(", ").append(i).append(" Numbers]\n---\nText.\n");
    }
    TestSite site = TestSite.write(dir, spec.toString());
    site.build().assertOk();
    Document index = site.html("site/tags/index.html");
    assertThat(index.select(".tag-cloud a").eachText()).startsWith("Common", "Even", "Odd")
        .hasSize(100);
    // Sized from the least to the most used tag shown: the largest and the smallest both occur.
    assertThat(index.select(".tag-cloud li").first().className()).isEqualTo("w5");
    assertThat(index.select(".tag-cloud li").last().className()).isEqualTo("w1");
    // On a phone the letter bar is screens below the cloud: a link at the top jumps to it.
    assertThat(index.select(".lead a[href=#all-tags]")).hasSize(1);
    assertThat(index.select("nav#all-tags.letters")).hasSize(1);
    assertThat(index.select(".letters a").eachText()).containsExactly("A", "C", "E", "O", "Z",
        "#");
    assertThat(index.select(".tag-index")).isEmpty();
    Document a = site.html("site/tags/letters/a/index.html");
    assertThat(a.select(".tag-index a")).hasSize(150);
    assertThat(a.select(".letters [aria-current]").text()).isEqualTo("A");
    assertThat(site.files("site")).contains("tags/letters/other/index.html");

    Document common = site.html("site/tags/common/index.html");
    assertThat(common.select(".lead").text()).startsWith("150 articles · ")
        .contains(" to ").endsWith("Feed");
    assertThat(common.select(".seen-with a").eachText()).startsWith("Even", "Odd")
        .hasSize(8);
    assertThat(site.html("site/tags/common/page/2/index.html").select(".seen-with")).isEmpty();
    // The numbered list goes on where the page before ended.
    assertThat(common.select("ol.entries").hasAttr("start")).isFalse();
    assertThat(site.html("site/tags/common/page/2/index.html").select("ol.entries").attr("start"))
        .isEqualTo("101");
    // A tag's list is one line per article, title and date: list_page_size (100) to a page.
    assertThat(common.select("ol.entries li")).hasSize(100);
    assertThat(common.select("ol.entries li").first().select("a, time")).hasSize(2);
    assertThat(common.select(".summary, ol.cards")).isEmpty();
    // A tag on one article earns a page but no feed.
    assertThat(site.files("site")).contains("tags/common/feed.xml", "tags/alpha-7/index.html")
        .doesNotContain("tags/alpha-7/feed.xml");
    assertThat(site.html("site/tags/alpha-7/index.html")
        .select("link[type=application/atom+xml]")).hasSize(1);
    assertThat(LinkChecker.brokenLinks(site.path("site"), "/")).isEmpty();
    assertThat(HtmlValidityTest.errors(site, "tags/index.html", "tags/letters/a/index.html",
        "tags/common/index.html", "tags/alpha-7/index.html")).isEmpty();
  }

  @Test
  void theHomePagesListTheLatestArticlesAndHandOverToTheMonthWhereTheyStop(@TempDir Path dir) {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\npage_size: 2\nlist_page_size: 2\n");
    // One article a day from 10 January to 3 February: 25, newest first.
    java.time.LocalDate day = java.time.LocalDate.of(2024, 1, 10);
    for (int i = 0; i < 25; i++, day = day.plusDays(1)) {
      spec.append("-- content/%s-day.md --\n---\ntitle: Day %s\n---\nWhat happened on %s.\n"
          .formatted(day, day, day));
    }
    TestSite site = TestSite.write(dir, spec.toString());
    site.build().assertOk();
    // Ten pages of two: the 20 latest, 3 February back to 15 January.
    assertThat(site.files("site")).contains("page/10/index.html")
        .doesNotContain("page/11/index.html");
    assertThat(site.html("site/index.html").select(".older")).isEmpty();
    Document last = site.html("site/page/10/index.html");
    assertThat(last.select(".card h2").eachText()).containsExactly("Day 2024-01-16",
        "Day 2024-01-15");
    // 14 January is the 18th article of January: the second on the ninth page of two.
    assertThat(last.select(".older a").eachAttr("href"))
        .containsExactly("/archive/2024/01/page/9/", "/archive/");
    assertThat(last.select(".older a").first().text()).isEqualTo("January 2024");
    assertThat(site.html("site/archive/2024/01/page/9/index.html").select(".entries a")
        .eachText()).containsExactly("Day 2024-01-15", "Day 2024-01-14");
  }

  @Test
  void aSmallTagIndexIsOnePageWithAnchors(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2024-01-05-b.md --
        ---
        title: B
        tags: [Beta, Alpha]
        ---
        Text.
        """);
    site.build().assertOk();
    Document index = site.html("site/tags/index.html");
    assertThat(index.select(".tag-cloud")).isEmpty();
    assertThat(index.select(".letters a").eachAttr("href")).containsExactly("#letter-a",
        "#letter-b");
    assertThat(index.select("#letter-a .tag-index a").eachText()).containsExactly("Alpha");
    assertThat(site.html("site/tags/alpha/index.html").select(".seen-with a").eachText())
        .containsExactly("Beta");
  }
}
