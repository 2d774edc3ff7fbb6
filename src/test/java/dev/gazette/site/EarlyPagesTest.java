package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.engine.SiteOutput;
import dev.gazette.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's open pages are rendered, and handed over, before the rest of the site. */
class EarlyPagesTest {

  @Test
  void theOpenPagesComeFirstWithTheirNewBytesAndUnchangedOnesAreNotHandedOver(
      @TempDir Path dir) {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-04-story.md --
        ---
        title: A story
        tags: [Town]
        ---
        Before the edit.
        -- content/2024-03-05-other.md --
        ---
        title: Another story
        tags: [Town]
        ---
        Something else.
        """);
    SiteBuilder builder = SiteBuilder.resident();
    try {
      builder.build(BuildOptions.defaults(dir));
      site.writeFile("content/2024-03-04-story.md",
          "---\ntitle: A story\ntags: [Town]\n---\nAfter the edit.\n");
      List<String> order = Collections.synchronizedList(new ArrayList<>());
      SiteBuilder recording = new SiteBuilder(order::add, out -> new Recorded(out, order));
      String page = "2024/03/story/index.html";
      String unchanged = "tags/index.html";
      List<Map<String, byte[]>> handed = new ArrayList<>();
      recording.build(BuildOptions.defaults(dir), new EarlyPages() {
        @Override
        public Set<String> files() {
          return Set.of(page, unchanged);
        }

        @Override
        public void rendered(Map<String, byte[]> pages) {
          order.add("EARLY");
          handed.add(pages);
        }
      });
      assertThat(handed).hasSize(1);
      assertThat(handed.get(0)).containsOnlyKeys(page);
      assertThat(new String(handed.get(0).get(page), StandardCharsets.UTF_8))
          .contains("After the edit.");
      int early = order.indexOf("EARLY");
      assertThat(order.subList(0, early)).containsExactlyInAnyOrder(page, unchanged);
      assertThat(order.subList(early + 1, order.size())).contains("index.html", "feed.xml")
          .doesNotContain(page, unchanged);
      assertThat(site.read("site/" + page)).contains("After the edit.");
    } finally {
      builder.close();
    }
  }

  /** The disk output, with the name of each file put, in order. */
  private record Recorded(SiteOutput out, List<String> order) implements SiteOutput {
    @Override
    public void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique) {
      out.put(file, fingerprint, content, unique);
    }

    @Override
    public List<dev.gazette.diag.Problem> commit() {
      return out.commit();
    }

    @Override
    public void abandon() {
      out.abandon();
    }

    @Override
    public int rendered() {
      return out.rendered();
    }

    @Override
    public int reused() {
      return out.reused();
    }

    @Override
    public String mode() {
      return out.mode();
    }
  }
}
