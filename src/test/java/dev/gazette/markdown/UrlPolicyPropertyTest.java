package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Hostile schemes written every way a browser still reads them, in every Markdown context; the
 * rendered HTML is parsed by jsoup, and judged by a browser's rules written out here on their own
 * (not by {@link UrlPolicy}).
 */
class UrlPolicyPropertyTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final List<String> HOSTILE = List.of("javascript", "vbscript", "data", "file");
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action",
      "formaction", "srcset", "poster", "background", "xlink:href", "cite", "data");

  @Property(tries = 400)
  void noElementCarriesAHostileUrlAndNoScriptOrHandlerComesFromContent(
      @ForAll("hostileUrls") String url, @ForAll("contexts") String context) {
    String markdown = context.replace("URL", url);
    String html = RENDERER.render(markdown, "content/a.md", 1).html();
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script, iframe, object, embed, style, svg, math")).as(html).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(html).doesNotStartWith("on");
        if (URL_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT))) {
          assertThat(schemeAsBrowserSees(a.getValue())).as("%s in%n%s%nfrom%n%s", a, html,
              markdown).isNotIn(HOSTILE);
        }
      }
    }
  }

  /** WHATWG URL parsing, the part that finds the scheme. */
  static String schemeAsBrowserSees(String value) {
    String v = value.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\u0000-\\u0020]+", "")
        .replaceAll("[\\u0000-\\u0020]+$", "");
    int colon = v.indexOf(':');
    if (colon < 1 || !v.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      return "";
    }
    return v.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  @Provide
  Arbitrary<String> hostileUrls() {
    Arbitrary<String> scheme = Arbitraries.of(HOSTILE).flatMap(s -> {
      Arbitrary<String> chars = Arbitraries.just("");
      for (char c : s.toCharArray()) {
        Arbitrary<String> oneChar = Arbitraries.of(String.valueOf(c),
            String.valueOf(Character.toUpperCase(c)), "&#" + (int) c + ";",
            "&#x" + Integer.toHexString(Character.toUpperCase(c)) + ";");
        Arbitrary<String> gap = Arbitraries.of("", "", "", "&#9;", "&#10;", "&#x0D;", "&Tab;",
            "&NewLine;");
        Arbitrary<String> prefix = chars;
        chars = Combinators.combine(prefix, oneChar, gap).as((p, o, g) -> p + o + g);
      }
      return chars;
    });
    Arbitrary<String> lead = Arbitraries.of("", "", "&#x20;", "&#1;", "&#31;", "&#32;&#9;",
        "\u0001", "&#0;");
    Arbitrary<String> colon = Arbitraries.of(":", "&#58;", "&#x3a;", "&colon;", "&#X3A;");
    Arbitrary<String> payload = Arbitraries.of("alert(1)", "alert%281%29",
        "text/html,<script>alert(1)</script>", "//etc/passwd", "x");
    return Combinators.combine(lead, scheme, colon, payload).as((l, s, c, p) -> l + s + c + p);
  }

  @Provide
  Arbitrary<String> contexts() {
    return Arbitraries.of(
        "[x](URL)",
        "[x](<URL>)",
        "[x](URL \"title\")",
        "![alt](URL)",
        "[![alt](URL)](URL)",
        "<URL>",
        "Bare URL in text",
        "[x][r]\n\n[r]: URL",
        "[r]\n\n[r]: <URL>",
        "![r]\n\n[r]: URL \"t\"",
        "| a | b |\n|---|---|\n| [x](URL) | ![i](URL) |",
        "> [!CAPTION]\n> Photo [x](URL)",
        "Note[^1].\n\n[^1]: [x](URL)",
        "- item [x](URL)\n  - nested ![i](URL)",
        "# Heading [x](URL)",
        "**[x](URL)** _<URL>_ ~~[y](URL)~~",
        "<a href=\"URL\">raw</a> <img src=\"URL\" onerror=\"alert(1)\">");
  }
}
