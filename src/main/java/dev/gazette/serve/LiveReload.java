package dev.gazette.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

/**
 * The open preview pages, as Server-Sent Event streams. After each rebuild they are told to
 * reload, or shown the build error. A page that connects while the last build failed is shown the
 * error at once.
 */
final class LiveReload {
  static final String EVENTS_PATH = "/__gazette/events";

  /** One open page: its event stream and the output file it shows ("" when not known). */
  private record Client(OutputStream out, String page) {}

  private final List<Client> clients = new ArrayList<>();
  private Optional<String> lastError = Optional.empty();
  private long connections;
  /** Pages told to reload before the build that renders them ended: not told again. */
  private Set<String> reloadedEarly = Set.of();

  /** @param page the output file the page shows, e.g. {@code 2024/06/story/index.html} */
  synchronized void connect(OutputStream out, String page) throws IOException {
    out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
    lastError.ifPresent(e -> send(out, "build-error", e));
    out.flush();
    clients.add(new Client(out, page));
    connections++;
    notifyAll();
  }

  /** Connections made so far: each page load makes one. */
  synchronized long connections() {
    return connections;
  }

  /** How many open pages show one of {@code pages}. */
  synchronized int clientsOn(Set<String> pages) {
    return (int) clients.stream().filter(c -> pages.contains(c.page())).count();
  }

  /** Waits until {@code count} connections were made in all, or {@code millis} have passed. */
  synchronized void awaitConnections(long count, long millis) {
    try {
      Monitor.awaitUntil(this, () -> connections >= count, java.time.Duration.ofMillis(millis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The output files the open pages show. */
  synchronized Set<String> openPages() {
    Set<String> pages = new HashSet<>();
    clients.forEach(c -> pages.add(c.page()));
    pages.remove("");
    return pages;
  }

  /**
   * A build rendered these pages anew and the preview serves them already, while the rest of the
   * site is still being built: the pages showing them reload now.
   */
  synchronized void renderedEarly(Set<String> pages) {
    renderedEarly(pages, pages);
  }

  /**
   * Like {@link #renderedEarly(Set)}: {@code done} are the pages whose bytes are final (not
   * told to reload when the build ends), {@code reloadNow} the pages to reload now.
   */
  synchronized void renderedEarly(Set<String> done, Set<String> reloadNow) {
    reloadedEarly = Set.copyOf(done);
    clients.removeIf(c -> reloadNow.contains(c.page()) && !send(c.out(), "reload", ""));
  }

  /** A build finished; {@code error} holds its problems, if any. */
  synchronized void built(Optional<String> error) {
    lastError = error;
    Set<String> done = reloadedEarly;
    reloadedEarly = Set.of();
    clients.removeIf(c -> done.contains(c.page())
        ? error.isPresent() && !send(c.out(), "build-error", error.get())
        : !send(c.out(), "reload", ""));
  }

  /** A build failed; the last good site is still served. */
  synchronized void failed(String error) {
    lastError = Optional.of(error);
    reloadedEarly = Set.of();
    broadcast("build-error", error);
  }

  synchronized int clientCount() {
    return clients.size();
  }

  synchronized void closeAll() {
    for (Client c : clients) {
      try {
        c.out().close();
      } catch (IOException ignored) {
        // the page is gone already
      }
    }
    clients.clear();
  }

  private void broadcast(String event, String data) {
    clients.removeIf(c -> !send(c.out(), event, data));
  }

  private static boolean send(OutputStream out, String event, String data) {
    StringBuilder b = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      b.append("data: ").append(line).append('\n');
    }
    b.append('\n');
    try {
      out.write(b.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The script added before {@code </body>} of every HTML page in preview (never in a build). It
   * reloads on {@code reload} and shows build errors as an overlay, set as text, never as markup.
   */
  static String script() {
    return """
        <script>(function () {
          var es = new EventSource("%s?page=" + encodeURIComponent(location.pathname));
          // Tests and the benchmark wait on this mark instead of on the clock.
          es.onopen = function () { document.documentElement.setAttribute("data-live", "open"); };
          function overlay() {
            var o = document.getElementById("gazette-error");
            if (!o) {
              o = document.createElement("pre");
              o.id = "gazette-error";
              o.setAttribute("role", "alert");
              o.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;"
                + "margin:0;padding:1em;background:#2b0d0d;color:#ffd7d7;font:13px/1.5 monospace;"
                + "z-index:2147483647;white-space:pre-wrap;border-top:3px solid #e55";
              document.body.appendChild(o);
            }
            return o;
          }
          es.addEventListener("reload", function () { location.reload(); });
          es.addEventListener("build-error", function (e) {
            overlay().textContent = "Gazette build error (the last good site is shown):\\n\\n" + e.data;
          });
        })();</script>
        """.formatted(EVENTS_PATH);
  }
}
