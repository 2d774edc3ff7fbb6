package dev.gazette.bench;

import dev.gazette.testing.Chromium;
import dev.gazette.testing.StaticServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures search in Chromium over a built site served with gzip (as GitHub Pages serves it) and
 * {@code Cache-Control: no-store} (every page load is cold): for each query, the bytes one query
 * fetches ({@code search/?q=} loaded cold; Resource Timing transferSize and decodedBodySize) and
 * the time from the last keystroke to rendered results (typed into a fresh page).
 *
 * <p>Usage: {@code SearchBench SITE_DIR BASE gazette|pagefind|pagefind-worker RUNS QUERY...}.
 * For Pagefind, the site must hold {@code pagefind/} and the harness page this class writes,
 * {@code pagefind-bench.html}, which uses Pagefind's JavaScript API the way search.js uses
 * Gazette's index: search, then load the first 10 results' data. {@code pagefind} runs Pagefind
 * on the page's thread ({@code noWorker}) so that everything it fetches is in the page's
 * Resource Timing; {@code pagefind-worker} uses Pagefind's default Web Worker, whose fetches
 * (WebAssembly, index chunks, fragments) are in the worker's timeline, not the page's: its
 * times are Pagefind's default, its byte and file counts are not the whole query.
 */
public final class SearchBench {
  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    String base = args[1];
    boolean pagefind = args[2].startsWith("pagefind");
    boolean worker = args[2].equals("pagefind-worker");
    int runs = Integer.parseInt(args[3]);
    List<String> queries = List.of(args).subList(4, args.length);
    if (pagefind) {
      Files.writeString(site.resolve("pagefind-bench.html"),
          HARNESS.replace("NO_WORKER", worker ? "false" : "true"));
    }
    Path profile = Files.createTempDirectory("search-bench");
    ChromeDriver browser = Chromium.start(profile);
    try (StaticServer server = StaticServer.start(site, base, true)) {
      String page = "http://127.0.0.1:" + server.port() + base
          + (pagefind ? "pagefind-bench.html" : "search/");
      for (String q : queries) {
        List<Long> transfer = new ArrayList<>();
        List<Long> decoded = new ArrayList<>();
        List<Long> files = new ArrayList<>();
        List<Long> searchOnly = new ArrayList<>();
        List<Long> ms = new ArrayList<>();
        String count = "";
        for (int run = 0; run < runs; run++) {
          browser.get(page + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
          waitFor(browser, q);
          long[] b = fetched(browser);
          transfer.add(b[0]);
          decoded.add(b[1]);
          files.add(b[3]);
          searchOnly.add(b[2]);
          count = browser.findElement(By.id(pagefind ? "out" : "search-status")).getText()
              .lines().findFirst().orElse("");
          browser.get(page);
          waitFor(browser, "");
          WebElement box = browser.findElement(By.id("q"));
          box.sendKeys(q);
          waitFor(browser, q);
          ms.add(Long.parseLong(browser.findElement(By.id(pagefind ? "out" : "search"))
              .getAttribute("data-ms")));
        }
        System.out.printf("%s | %s | transferred %d B (search files %d B), decoded %d B,"
            + " %d files | results after %d ms (runs: %s) | %s%n",
            args[2], q, median(transfer), median(searchOnly),
            median(decoded), median(files), median(ms), ms, count);
      }
    } finally {
      browser.quit();
    }
  }

  static long median(List<Long> values) {
    List<Long> s = new ArrayList<>(values);
    Collections.sort(s);
    return s.get(s.size() / 2);
  }

  static void waitFor(ChromeDriver browser, String q) {
    new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
      WebElement s = d.findElement(By.cssSelector("[data-state]"));
      return "done".equals(s.getAttribute("data-state"))
          && (q.isEmpty() || q.equals(s.getAttribute("data-query")));
    });
  }

  /**
   * All bytes transferred (page included), all decoded, transferred for search files, and the
   * number of files (the page and every resource it fetched).
   */
  @SuppressWarnings("unchecked")
  static long[] fetched(ChromeDriver browser) {
    Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(
        "var t = 0, d = 0, s = 0, n = 0;"
        + "performance.getEntriesByType('navigation').concat(performance.getEntriesByType("
        + "'resource')).forEach(function (e) { n++; t += e.transferSize; d += e.decodedBodySize;"
        + " if (/search\\.js|\\/search\\/.+|pagefind\\//.test(e.name)) { s += e.transferSize; } });"
        + "return {t: t, d: d, s: s, n: n};");
    return new long[] {((Number) r.get("t")).longValue(), ((Number) r.get("d")).longValue(),
        ((Number) r.get("s")).longValue(), ((Number) r.get("n")).longValue()};
  }

  static final String HARNESS = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Pagefind bench</title></head>
      <body><input id="q" type="search"><div id="out" data-state="loading"></div><ol id="list"></ol>
      <script type="module">
      const out = document.getElementById('out');
      const list = document.getElementById('list');
      const q = document.getElementById('q');
      const pagefind = await import('./pagefind/pagefind.js');
      await pagefind.options({noWorker: NO_WORKER});
      let t0 = 0, timer = 0, seq = 0;
      async function run(query) {
        const mine = ++seq;
        out.dataset.state = 'searching';
        const s = await pagefind.search(query);
        const data = await Promise.all(s.results.slice(0, 10).map(r => r.data()));
        if (mine !== seq) return;
        list.textContent = '';
        for (const d of data) {
          const li = document.createElement('li');
          li.textContent = d.meta.title + ' ' + d.excerpt;
          list.appendChild(li);
        }
        out.textContent = s.results.length + ' results';
        out.dataset.ms = String(Math.round(performance.now() - t0));
        out.dataset.query = query;
        out.dataset.state = 'done';
      }
      q.addEventListener('input', () => {
        t0 = performance.now();
        clearTimeout(timer);
        timer = setTimeout(() => run(q.value), 60);
      });
      const initial = new URLSearchParams(location.search).get('q');
      if (initial) { t0 = performance.now(); q.value = initial; run(initial); }
      else { out.dataset.state = 'done'; }
      </script></body></html>
      """;
}
