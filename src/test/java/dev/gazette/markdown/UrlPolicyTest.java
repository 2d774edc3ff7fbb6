package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](JavaScript:alert(1))",
      "<JavaScript:alert(1)>",
      "![p](jAvAsCrIpT:alert(1))",
      "[x](java&#9;script:alert(1))",
      "[x](javascript&#58;alert(1))",
      "[x](&#x20;javascript:alert(1))",
      "[x](&#1;javascript:alert(1))",
      "[x](<java&#10;script:alert(1)>)",
      "[x][r]\n\n[r]: Javascript:alert(1)",
      "![x]\n\n[x]: JAVASCRIPT:alert(1)",
      "| a |\n|---|\n| [x](JavaScript:alert(1)) |",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html,<script>alert(1)</script>)",
      "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
      "> [!CAPTION]\n> [x](javascript:alert(1))",
      "Text[^1].\n\n[^1]: See [x](javascript:alert(1)).",
      "[x](file:///etc/passwd)",
      "[x](java\\script:alert(1))",
  })
  void aLinkOutsideThePolicyBecomesTextWithAWarningNamingFileAndLine(String markdown) {
    MarkdownRenderer.Rendered r = renderer.render(markdown, "content/a.md", 7);

    Document html = Jsoup.parseBodyFragment(r.html());
    // only the footnote's own #fragment links are left
    assertThat(html.select("a[href]:not([href^=#]), img, [src]")).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.file()).isEqualTo("content/a.md");
      assertThat(p.line()).isGreaterThanOrEqualTo(7);
      assertThat(p.message()).contains("is not allowed").contains("shown as text");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[x](javascript&amp;colon;alert(1))",
      "[x](javascript&amp;#58;alert(1))",
      "[x](javascript&amp;#x3a;alert(1))",
      "[x](java&amp;Tab;script&amp;colon;alert(1))",
      "[x](<javascript&amp;colon;alert(1)>)",
      "![x](javascript&amp;colon;alert(1))",
      "[x][r]\n\n[r]: javascript&amp;#58;alert(1)",
  })
  void aUrlReachesThePageAsItWasJudgedNotDecodedOnceMore(String markdown) {
    // The policy judges the URL after Markdown's own decoding; had the page kept "&colon;" as
    // a character reference, the browser would decode it again into "javascript:".
    Document html = Jsoup.parseBodyFragment(renderer.render(markdown, "content/a.md", 1).html());
    for (org.jsoup.nodes.Element e : html.select("[href], [src]")) {
      String url = e.hasAttr("href") ? e.attr("href") : e.attr("src"); // as a browser reads it
      assertThat(UrlPolicy.allows(url)).as(url).isTrue();
      assertThat(url.toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
    }
  }

  @Test
  void anAmpersandInAnAllowedUrlReachesTheBrowserAsOne() {
    Document html = Jsoup.parseBodyFragment(renderer.render(
        "[a](https://e.org/?a=1&b=2) [b](https://e.org/?a=1&amp;b=2)", "content/a.md", 1).html());
    assertThat(html.select("a").eachAttr("href"))
        .containsExactly("https://e.org/?a=1&b=2", "https://e.org/?a=1&b=2");
  }

  @Test
  void theLineOfTheWarningIsTheLineInTheFile() {
    MarkdownRenderer.Rendered r = renderer.render("One.\n\nTwo [x](javascript:1).\n",
        "content/a.md", 5);
    assertThat(r.problems()).extracting(Problem::location).containsExactly("content/a.md:7");
  }

  @Test
  void allowedLinksStayLinks() {
    MarkdownRenderer.Rendered r = renderer.render("[a](https://example.com/x) [b](HTTP://e.org)"
        + " [c](../2024/01/x/) [d](#notes) [e](mailto:ed@example.com) <https://a.org>"
        + " www.example.com ed@example.com ![i](/img/p.jpg) [f](?q=1) [g](//cdn.example.com/x)"
        + " [h](page:two)", "content/a.md", 1);
    Document html = Jsoup.parseBodyFragment(r.html());
    assertThat(html.select("a[href]").eachAttr("href")).containsExactly(
        "https://example.com/x", "HTTP://e.org", "../2024/01/x/", "#notes",
        "mailto:ed@example.com", "https://a.org", "http://www.example.com",
        "mailto:ed@example.com", "?q=1", "//cdn.example.com/x");
    assertThat(html.select("img").eachAttr("src")).containsExactly("/img/p.jpg");
    // a colon before any slash is a scheme, even one no browser knows: refused
    assertThat(r.problems()).singleElement().extracting(Problem::message).asString()
        .contains("'page:'");
  }

  @Test
  void theLinkTextIsKeptWithItsFormatting() {
    MarkdownRenderer.Rendered r = renderer.render("[**bold** text](javascript:1)", "a.md", 1);
    assertThat(r.html()).contains("<strong>bold</strong> text").doesNotContain("<a");
  }

  @Test
  void anImageInsideAnAllowedLinkIsJudgedOnItsOwn() {
    MarkdownRenderer.Rendered r = renderer.render("[![i](javascript:1)](https://ok.example)",
        "a.md", 1);
    Document html = Jsoup.parseBodyFragment(r.html());
    assertThat(html.select("a").eachAttr("href")).containsExactly("https://ok.example");
    assertThat(html.select("img")).isEmpty();
  }

  @Test
  void anUnusedHostileReferenceDefinitionRendersNothingAndIsNotReported() {
    MarkdownRenderer.Rendered r = renderer.render("Text.\n\n[r]: javascript:alert(1)\n",
        "a.md", 1);
    assertThat(r.html()).doesNotContain("javascript");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void theSchemeIsReadAsABrowserReadsIt() {
    assertThat(UrlPolicy.allows("https://x")).isTrue();
    assertThat(UrlPolicy.allows(" \t\u0001HTTPS://x")).isTrue();
    assertThat(UrlPolicy.allows("relative/path:with-colon")).isTrue();
    assertThat(UrlPolicy.allows("#frag:x")).isTrue();
    assertThat(UrlPolicy.allows("?a=b:c")).isTrue();
    assertThat(UrlPolicy.allows("")).isTrue();
    assertThat(UrlPolicy.allows("j\na\rv\ta\u0000script:x")).isFalse();
    assertThat(UrlPolicy.allows("\u0000\u001F javascript:x")).isFalse();
    assertThat(UrlPolicy.allows("\u200Bjavascript:x")).isFalse();
    assertThat(UrlPolicy.allows("JAVASCRIPT:x")).isFalse();
    assertThat(UrlPolicy.allows("data:,x")).isFalse();
  }
}
