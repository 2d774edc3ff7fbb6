package dev.gazette.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The open preview pages, as Server-Sent Event streams. After each rebuild they are told to
 * reload, or shown the build error. A page that connects while the last build failed is shown the
 * error at once.
 */
final class LiveReload {
  static final String EVENTS_PATH = "/__gazette/events";

  private final List<OutputStream> clients = new ArrayList<>();
  private Optional<String> lastError = Optional.empty();

  synchronized void connect(OutputStream out) throws IOException {
    out.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
    lastError.ifPresent(e -> send(out, "build-error", e));
    out.flush();
    clients.add(out);
  }

  /** A build finished; {@code error} holds its problems, if any. */
  synchronized void built(Optional<String> error) {
    lastError = error;
    broadcast("reload", "");
  }

  /** A build failed; the last good site is still served. */
  synchronized void failed(String error) {
    lastError = Optional.of(error);
    broadcast("build-error", error);
  }

  synchronized int clientCount() {
    return clients.size();
  }

  synchronized void closeAll() {
    for (OutputStream out : clients) {
      try {
        out.close();
      } catch (IOException ignored) {
        // the page is gone already
      }
    }
    clients.clear();
  }

  private void broadcast(String event, String data) {
    clients.removeIf(out -> !send(out, event, data));
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
          var es = new EventSource("%s");
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
