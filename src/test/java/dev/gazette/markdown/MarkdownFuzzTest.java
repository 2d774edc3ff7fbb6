package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.gazette.diag.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz tests for the Markdown renderer and its URL policy. {@code mvn test} runs them on the
 * committed seeds in {@code src/test/resources/dev/gazette/markdown/MarkdownFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes one of them (see the README, "What happens with bad input").
 *
 * <p>What is asserted is what the README promises of any article, judged from the outside: the
 * HTML, parsed by jsoup, holds only the elements and attributes Markdown makes, no {@code on*}
 * attribute and no {@code href} or {@code src} whose scheme a browser would read as other than
 * http, https or mailto; every problem names the file and a line of it; the render keeps to its
 * time limit; the same text gives the same bytes. Any exception or error escaping the renderer is
 * a failure.
 */
class MarkdownFuzzTest {
  private static final String FILE = "content/fuzz.md";
  /** The renderer's own per-article limit (article_time_limit), short so slow inputs show. */
  private static final Duration TIME_LIMIT = Duration.ofSeconds(2);
  /** Past the limit, the time a render may still take to notice it and fall back. */
  private static final Duration GRACE = Duration.ofSeconds(6);
  private static final MarkdownRenderer RENDERER =
      new MarkdownRenderer(MarkdownLimits.withTimeLimit(TIME_LIMIT));

  /** What Flexmark with Gazette's extensions writes; jsoup adds #root, html, head and body. */
  private static final Set<String> ELEMENTS = Set.of("#root", "html", "head", "body", "p", "a", "img",
      "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5",
      "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "del", "sup", "div",
      "figure", "figcaption");
  private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "id",
      "class", "start", "align", "colspan");
  private static final Set<String> SCHEMES = Set.of("", "http", "https", "mailto");

  @FuzzTest
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void render(byte[] input) {
    String markdown = new String(input, StandardCharsets.UTF_8);
    long start = System.nanoTime();
    MarkdownRenderer.Rendered r = RENDERER.render(markdown, FILE, 1);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    if (took.compareTo(TIME_LIMIT.plus(GRACE)) > 0) {
      throw new AssertionError("render took " + took + ", limit " + TIME_LIMIT + ", for\n"
          + escaped(markdown));
    }

    // CommonMark ends a line at LF, CR or CRLF; counting each CR and LF is an upper bound
    int lines = 1 + (int) markdown.chars().filter(c -> c == '\n' || c == '\r').count();
    for (Problem p : r.problems()) {
      assertThat(p.file()).isEqualTo(FILE);
      assertThat(p.line()).as("line of %s", p).isBetween(1, lines);
      assertThat(p.message()).isNotBlank();
    }
    assertSafe(r.html(), markdown);

    boolean timedOut = r.problems().stream()
        .anyMatch(p -> p.message().contains("article_time_limit"));
    if (!timedOut) {
      MarkdownRenderer.Rendered again = RENDERER.render(markdown, FILE, 1);
      if (again.problems().stream().noneMatch(p -> p.message().contains("article_time_limit"))) {
        assertThat(again.html()).as("the same text renders to the same bytes")
            .isEqualTo(r.html());
        assertThat(again.problems()).isEqualTo(r.problems());
      }
    }
  }

  /**
   * The policy against a browser's reading of the scheme: whatever the policy allows, a browser
   * reads as http, https, mailto or no scheme at all (relative, fragment).
   */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void urlPolicy(byte[] input) {
    String url = new String(input, StandardCharsets.UTF_8);
    if (UrlPolicy.allows(url)) {
      String scheme = UrlPolicyPropertyTest.schemeAsBrowserSees(url);
      if (!SCHEMES.contains(scheme)) {
        throw new AssertionError("allowed, yet a browser reads scheme '" + scheme + "' in "
            + escaped(url));
      }
    } else {
      assertThat(UrlPolicy.refusal(url)).get().asString().startsWith("scheme '");
    }
  }

  private static void assertSafe(String html, String markdown) {
    List<String> unsafe = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).getAllElements()) {
      if (!ELEMENTS.contains(e.normalName())) {
        unsafe.add("element <" + e.normalName() + ">");
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        if (!ATTRIBUTES.contains(name)) {
          unsafe.add("attribute " + a + " of <" + e.normalName() + ">");
        } else if ((name.equals("href") || name.equals("src"))
            && !SCHEMES.contains(UrlPolicyPropertyTest.schemeAsBrowserSees(a.getValue()))) {
          unsafe.add("URL " + a + " of <" + e.normalName() + ">");
        }
      }
    }
    if (!unsafe.isEmpty()) {
      throw new AssertionError(unsafe + " in\n" + html + "\nfrom\n" + escaped(markdown));
    }
  }

  /** The input with invisible characters written as escapes, to reproduce a failure. */
  static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().limit(2000).forEach(cp -> {
      if (cp < 0x20 || cp > 0x7E) {
        out.append(cp == '\n' ? "\\n" : String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.toString();
  }
}
