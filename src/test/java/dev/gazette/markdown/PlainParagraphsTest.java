package dev.gazette.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.normalize.ArticleReader;
import dev.gazette.source.SourceFile;
import dev.gazette.testing.NewsCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Bodies of plain paragraphs are written without Flexmark, and give the bytes Flexmark gives:
 * on every BBC article as a build normalizes it (most of which take the direct way), and on
 * random texts of prose, markup characters, escapes and line starts, of which the direct way
 * must refuse whatever Flexmark would make more of than paragraphs.
 */
class PlainParagraphsTest {
  private final MarkdownRenderer flexmark =
      new MarkdownRenderer(MarkdownLimits.defaults(), true, false);

  @Test
  void everyNewsArticleBodyIsWrittenAsFlexmarkWritesIt() throws IOException {
    ArticleReader reader = new ArticleReader(SiteConfig.defaults());
    int direct = 0;
    int all = 0;
    for (Path f : NewsCorpus.texts(Integer.MAX_VALUE)) {
      Article a = reader.read(new SourceFile(f, f.getFileName().toString())).article()
          .orElseThrow();
      all++;
      Optional<String> html = PlainParagraphs.html(a.body());
      if (html.isPresent()) {
        direct++;
        assertThat(html.get()).as(f.toString()).isEqualTo(flexmark.toHtml(a.body()));
      }
    }
    // The direct way is the common one, or it would not be worth having.
    assertThat(direct).as("%d of %d written directly", direct, all).isGreaterThan(all / 2);
  }

  @Test
  void randomTextsAreWrittenAsFlexmarkWritesThemOrLeftToIt() {
    String[] pieces = {"word", "Zoë", "“quoted”", "it’s", "–", "—", "2004", "1.", "3)", "#",
        "-", "+", "=", "*", "_", "`", "[", "]", "<", ">", "&", "&amp;", "~", "|", "!", "\\",
        "\\*", "\\.", "\\\\", "\\a", "\"", "'", "(", ")", ".", ",", "?", ":", ";", "%", "$",
        "@", "/", "^", "{", "}", " ", "  ", "\t", "\u00a0", "\u2028", "日本", "Путин", "x", "ab"};
    Random r = new Random(23);
    int direct = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(30); i > 0; i--) {
        int pick = r.nextInt(10);
        if (pick == 0) {
          b.append('\n');
        } else if (pick == 1) {
          b.append("\n\n");
        } else if (pick < 5) {
          b.append(pieces[r.nextInt(pieces.length)]);
        } else {
          b.append(pieces[r.nextInt(3)]).append(' ');
        }
      }
      String markdown = b.toString();
      Optional<String> html = PlainParagraphs.html(markdown);
      if (html.isPresent()) {
        direct++;
        assertThat(html.get()).as("%s", markdown).isEqualTo(flexmark.toHtml(markdown));
      }
    }
    assertThat(direct).isGreaterThan(1000);
  }

  @Test
  void whatMayBeMoreThanTextIsLeftToFlexmark() {
    for (String markdown : new String[] {"*a*", "a_b_", "`c`", "[l](x)", "<b>", "a & b",
        "# Head", "- item", "1. item", "2) item", "> quote", "a  \nb", "a\\\nb", "    code",
        "a | b", "~~s~~", "x@y.z", "see http://x.y", "www.x.y", "Title\n===", "[!CAPTION]"}) {
      assertThat(PlainParagraphs.html(markdown)).as(markdown).isEmpty();
    }
    assertThat(PlainParagraphs.html("One “two” three.\n\nFour\\* five.\n")).contains(
        "<p>One “two” three.</p>\n<p>Four* five.</p>\n");
  }
}
