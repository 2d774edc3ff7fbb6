package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.Problem;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MarkdownLimitsTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  private static void assertOneError(MarkdownRenderer.Rendered r, String expected) {
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
      assertThat(p.file()).isEqualTo("content/a.md");
      assertThat(p.message()).contains(expected);
    });
  }

  @Test
  void sixHundredQuoteMarkersAreAnErrorAndTheTextIsShownEscaped() {
    MarkdownRenderer.Rendered r = renderer.render("Intro.\n\n" + ">".repeat(600) + " deep\n",
        "content/a.md", 4);
    assertOneError(r, "600 block quotes or list items inside each other");
    assertThat(r.problems().get(0).line()).isEqualTo(6);
    assertThat(Jsoup.parseBodyFragment(r.html()).text()).contains("Intro.").contains("deep");
  }

  @Test
  void sixHundredListMarkersAreAnError() {
    assertOneError(renderer.render("- ".repeat(600) + "x", "content/a.md", 1),
        "600 block quotes or list items");
  }

  @Test
  void deepNestingByIndentationIsCaughtAfterParsing() {
    StringBuilder md = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      md.append("  ".repeat(i)).append("- item\n");
    }
    MarkdownRenderer.Rendered r = renderer.render(md.toString(), "content/a.md", 1);
    assertOneError(r, "nested");
  }

  @Test
  void aStackOverflowInsideFlexmarkIsAnErrorNotACrash() {
    // a long run of emphasis markers overflows a backtracking pattern inside Flexmark
    String md = "*".repeat(20_000) + "a" + "*".repeat(20_000);
    MarkdownRenderer.Rendered r = renderer.render(md, "content/a.md", 1);
    assertOneError(r, "not rendered as Markdown");
    assertThat(r.html()).startsWith("<p>***");
  }

  @Test
  void overlongLinesAndParagraphsAreErrors() {
    assertOneError(renderer.render("a".repeat(200_000), "content/a.md", 1),
        "line of 200000 characters");
    assertOneError(renderer.render("word\n".repeat(60_000), "content/a.md", 1),
        "paragraph of more than");
  }

  @Test
  void aRenderPastTheTimeLimitIsAnError() {
    MarkdownRenderer slow = new MarkdownRenderer(MarkdownLimits.withTimeLimit(Duration.ZERO));
    MarkdownRenderer.Rendered r = slow.render("Some *text*.\n".repeat(2000), "content/a.md", 1);
    assertOneError(r, "article_time_limit");
    assertThat(r.html()).contains("Some *text*.");
  }

  @Test
  void aParagraphOfManyLinksRendersEveryLink() {
    String md = "[b](c) ".repeat(10_000);
    MarkdownRenderer.Rendered r = renderer.render(md, "content/a.md", 1);
    assertThat(r.problems()).isEmpty();
    assertThat(Jsoup.parseBodyFragment(r.html()).select("a[href=c]")).hasSize(10_000);
  }

  @Test
  void headingsStillWorkWithTheLineFilter() {
    String html = renderer.toHtml("# One\n\nTwo\n===\n\nThree\n---\n\npara\n- - -\n");
    assertThat(html).contains("<h1>One</h1>").contains("<h1>Two</h1>")
        .contains("<h2>Three</h2>").contains("<hr />");
  }

  @Test
  void referenceDefinitionsStillWorkWithTheLinearInlineParser() {
    String html = renderer.toHtml("[a][r] and [r]\n\n[r]: https://example.com \"T\"\n");
    assertThat(Jsoup.parseBodyFragment(html).select("a[href=https://example.com][title=T]"))
        .hasSize(2);
  }
}
