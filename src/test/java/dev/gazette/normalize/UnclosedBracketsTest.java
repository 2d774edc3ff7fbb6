package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Text of many unclosed brackets is read in time that grows with its length, not its square:
 * 60 kB of "![" on one line took 36 s to read, and four times as much takes sixteen times as
 * long. (The time limit only keeps such a regression from stalling the test run; the bound
 * is hundreds of times what the text takes.)
 */
class UnclosedBracketsTest {
  @Test
  void manyUnclosedImagesAndLinksAreReadAndTheLinksAroundThemStillStripped() {
    String images = "![".repeat(100_000);
    String links = "([a](".repeat(40_000);
    assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      assertThat(PlainText.inline(images + " ![pic](x.png) [link](https://e.org)"))
          .endsWith("link");
      assertThat(PlainText.inline(links)).isNotEmpty();
    });
    assertThat(PlainText.inline("A ![pic](x.png) and [link](https://e.org/a_(b)."))
        .isEqualTo("A pic and link.");
  }
}
