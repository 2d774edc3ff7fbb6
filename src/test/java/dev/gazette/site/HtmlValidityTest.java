package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** Every generated page is valid HTML according to the Nu HTML Checker (run offline). */
class HtmlValidityTest {

  static List<String> errors(TestSite site) throws IOException, SAXException {
    return errors(site, site.files("site").stream().filter(f -> f.endsWith(".html"))
        .toArray(String[]::new));
  }

  /** Nu HTML Checker errors in the given output files ({@code tags/index.html}). */
  static List<String> errors(TestSite site, String... files) throws IOException, SAXException {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    List<String> errors = new ArrayList<>();
    for (String f : files) {
      String out = validator.validate(site.path("site/" + f));
      for (String line : out.split("\n")) {
        if (line.contains("error")) {
          errors.add(f + ": " + line);
        }
      }
    }
    return errors;
  }

  @Test
  void theSampleSiteIsValid(@TempDir Path dir) throws Exception {
    TestSite site = SampleSiteTest.copyOfRepoSite(dir);
    site.build("--base-url", "/repo/").assertOk();
    assertThat(errors(site)).isEmpty();
  }

  @Test
  void hostileAndRichMarkdownStaysValid(@TempDir Path dir) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- gazette.yaml --
        page_size: 1
        -- content/2024-01-01-rich.md --
        ---
        title: "Rich <em>text</em> & \\"quotes\\""
        tags: ["a&b", "<x>", "Ünïcödé tag"]
        ---
        # A heading

        ## A heading

        | a | b |
        |---|---|
        | 1 | <td>2 |

        Text with a footnote[^1] and <div>raw</div> html and ~~strike~~.

        > [!CAPTION]
        > A caption. Photo / Agency

        > A plain quote

        - one
        - two

        ```
        <script>code</script>
        ```

        [^1]: The note.
        -- content/raw.txt --
        date 2024-02-03 <b>Bold</b> start
        A body line with "quotes" and <tags>.
        Another line (pictured here)
        """);
    site.build().assertOk();
    assertThat(errors(site)).isEmpty();
  }
}
