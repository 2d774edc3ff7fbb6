package dev.gazette.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromium-driver, started the same way for every
 * browser test and benchmark.
 */
public final class Chromium {
  public static final Path BINARY = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {
  }

  public static boolean installed() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** A fresh headless browser with its own profile folder; {@code logConsole} keeps its log. */
  public static ChromeDriver start(Path profile, boolean logConsole) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile);
    if (logConsole) {
      options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  public static ChromeDriver start(Path profile) {
    return start(profile, false);
  }

  /**
   * Waits until the text of the first element matching {@code css} satisfies {@code test}. The
   * text is read in one script call, so a page reloading between finding the element and
   * reading it cannot fail the wait; a read that lands mid-navigation is simply tried again.
   */
  public static void awaitText(ChromeDriver browser, String css, Predicate<String> test,
      Duration limit) {
    new WebDriverWait(browser, limit, Duration.ofMillis(10))
        .ignoring(WebDriverException.class)
        .until(d -> {
          Object text = ((JavascriptExecutor) d).executeScript(
              "var e = document.querySelector(arguments[0]);"
              + " return e ? e.textContent : null;", css);
          return text != null && test.test(text.toString());
        });
  }

  /** Waits until the open page's live-reload connection to the preview is up. */
  public static void awaitLiveReload(ChromeDriver browser, Duration limit) {
    new WebDriverWait(browser, limit, Duration.ofMillis(10))
        .ignoring(WebDriverException.class)
        .until(d -> "open".equals(((JavascriptExecutor) d).executeScript(
            "return document.documentElement.getAttribute('data-live');")));
  }
}
