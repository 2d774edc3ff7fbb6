package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.site.BuildOptions;
import dev.gazette.testing.Chromium;
import dev.gazette.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium opens the preview; an article is edited on disk and the open page must show
 * the edit with no manual reload. Skipped when Debian's chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them).
 */
@EnabledIf("browserInstalled")
class ServeBrowserTest {
  static boolean browserInstalled() {
    return Chromium.installed();
  }

  @Test
  void anEditOnDiskShowsInTheOpenPageWithoutAManualReload(@TempDir Path dir, @TempDir Path profile)
      throws Exception {
    TestSite site = TestSite.write(dir, """
        -- content/2024-03-04-story.md --
        ---
        title: A story
        ---
        Before the edit.
        """);
    try (Preview preview = new Preview(BuildOptions.defaults(site.root()),
        new PrintWriter(new StringWriter()))) {
      int port = preview.start("127.0.0.1", 0);
      ChromeDriver browser = Chromium.start(profile);
      try {
        browser.get("http://127.0.0.1:" + port + "/2024/03/story/");
        assertThat(browser.findElement(By.cssSelector(".body")).getText())
            .contains("Before the edit.");
        // The page's live-reload connection is the event the edit must wait for.
        new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(20))
            .until(d -> preview.clients() > 0);
        long saved = System.nanoTime();
        site.writeFile("content/2024-03-04-story.md",
            "---\ntitle: A story\n---\nAfter the edit.\n");
        // The bound only stops a broken reload from hanging the run; speed is measured in
        // bench/run.sh --one-edit, not asserted here.
        Chromium.awaitText(browser, ".body", t -> t.contains("After the edit."),
            Duration.ofSeconds(60));
        long ms = (System.nanoTime() - saved) / 1_000_000;
        System.out.println("save -> reloaded page: " + ms + " ms");
      } finally {
        browser.quit();
      }
    }
  }
}
