package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search page, the box on every page and the index files, in a built site. */
class SearchSiteTest {
  static final String SITE = """
      -- content/2024-03-04-story.md --
      ---
      title: A story about Zoë
      tags: [Zoë Ball]
      ---
      The presenter spoke.
      """;

  @Test
  void everyPageHasAPlainSearchFormAndTheSearchPageWorksWithoutScriptUnderASubPath(
      @TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE);
    site.build("--base-url", "/repo/").assertOk();
    for (String page : new String[] {"site/index.html", "site/2024/03/story/index.html",
        "site/tags/index.html", "site/404.html"}) {
      Document html = site.html(page);
      assertThat(html.select("form[role=search][method=get][action=/repo/search/]"
          + " input[name=q]")).as(page).hasSize(1);
      assertThat(html.select("label[for=site-q]")).as(page).hasSize(1);
    }
    Document search = site.html("site/search/index.html");
    assertThat(search.select("#search").attr("data-index")).isEqualTo("/repo/search/index.json");
    assertThat(search.select("#search").attr("data-base")).isEqualTo("/repo/");
    assertThat(search.select("script[src=/repo/search.js]")).hasSize(1);
    assertThat(search.select("noscript").html()).contains("Search needs JavaScript")
        .contains("href=\"/repo/tags/\"").contains("href=\"/repo/archive/\"");
    assertThat(search.select("#search-status[aria-live=polite]")).hasSize(1);
    assertThat(Files.isRegularFile(site.path("site/search.js"))).isTrue();
    site.assertFile("site/search/index.json", "\"count\":1");
    // The index does not depend on the base path: links are site-relative in fragments.
    assertThat(site.files("site/search/f")).hasSize(1);
    assertThat(site.files("site/search/f").get(0)).endsWith(".json.gz");
    assertThat(inflated(site, "site/search/f/" + site.files("site/search/f").get(0)))
        .contains("\"u\":\"2024/03/story/\"").contains("\"t\":\"A story about Zoë\"");
  }

  @Test
  void aSiteWithoutSearchHasNoIndexNoSearchPageAndNoBoxAndGetsThemBackWhenItAsks(
      @TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE + """
        -- gazette.yaml --
        search: false
        """);
    site.build().assertOk();
    assertThat(Files.exists(site.path("site/search"))).isFalse();
    assertThat(Files.exists(site.path("site/search.js"))).isFalse();
    for (String page : new String[] {"site/index.html", "site/2024/03/story/index.html",
        "site/404.html"}) {
      assertThat(site.html(page).select("form[role=search]")).as(page).isEmpty();
    }
    site.writeFile("gazette.yaml", "search: true\n");
    site.build().assertOk();
    site.assertFile("site/search/index.json", "\"count\":1");
    assertThat(site.html("site/index.html").select("form[role=search]")).hasSize(1);
    assertThat(Files.isRegularFile(site.path("site/search.js"))).isTrue();
    // Turned off again: the index the build made goes; a script of the site's own stays.
    site.writeFile("gazette.yaml", "search: false\n");
    site.writeFile("templates/static/search.js", "console.log('my own search');\n");
    site.build().assertOk();
    assertThat(Files.exists(site.path("site/search"))).isFalse();
    assertThat(site.read("site/search.js")).contains("my own search");
  }

  @Test
  void aSearchSettingThatIsNotTrueOrFalseNamesTheFileAndLine(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE + """
        -- gazette.yaml --
        title: Mine
        search: maybe
        """);
    TestSite.Run run = site.build();
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("gazette.yaml:2");
    assertThat(Files.exists(site.path("site"))).isFalse();
  }

  @Test
  void anEditRewritesOnlyTheSearchFilesItsTermsTouch(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, SITE + """
        -- content/2024-03-05-other.md --
        ---
        title: Another story
        ---
        Quite different words.
        """);
    site.build().assertOk();
    java.util.List<String> before = site.files("site/search");
    site.writeFile("content/2024-03-05-other.md",
        "---\ntitle: Another story\n---\nQuite different words, and a walrus.\n");
    String out = site.build("--verbose").assertOk().out();
    java.util.List<String> after = site.files("site/search");
    // The edited article's terms (its length changed, so all of them); shards holding none of
    // them keep their names and bytes.
    java.util.List<String> its = java.util.List.of("\"another\"", "\"story\"", "\"quite\"",
        "\"different\"", "\"words\"", "\"walrus\"");
    java.util.List<String> added = after.stream().filter(f -> f.startsWith("d/"))
        .filter(f -> !before.contains(f)).toList();
    assertThat(added).isNotEmpty().allMatch(f -> its.stream().anyMatch(inflated(site,
        "site/search/" + f)::contains));
    assertThat(after.stream().filter(f -> f.startsWith("d/")).anyMatch(f -> inflated(site,
        "site/search/" + f).contains("\"walrus\""))).isTrue();
    assertThat(after).containsAll(before.stream().filter(f -> f.startsWith("f/")).toList());
    assertThat(out).contains("search");
  }

  /** A stored-gzip index file's text. */
  static String inflated(TestSite site, String rel) {
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
        Files.newInputStream(site.path(rel)))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new AssertionError(rel + " is not gzip", e);
    }
  }
}
