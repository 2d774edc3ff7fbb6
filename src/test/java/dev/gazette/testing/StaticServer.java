package dev.gazette.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A plain static file server for browser tests: a built site served under a path prefix, as
 * GitHub Pages serves it (gzip when the browser asks and {@code gzip} is on), with
 * {@code Cache-Control: no-store} so every page load fetches, and counts, every file again.
 */
public final class StaticServer implements AutoCloseable {
  /** How a stored {@code .gz} file is sent. */
  public enum GzFiles {
    /**
     * As a file of its own, {@code application/gzip}, its bytes as stored and never compressed
     * again: what nginx, Python's {@code http.server} and GitLab Pages do for a requested
     * {@code .gz} name (and GitHub Pages, which compresses only text types, is expected to).
     */
    AS_FILE,
    /**
     * With {@code Content-Encoding: gzip}, as Apache does with {@code AddEncoding gzip .gz}: the
     * browser inflates the bytes before the page's script sees them.
     */
    AS_ENCODING
  }

  /** As many as a browser opens to one host over HTTP/1.1, so no request waits for another. */
  private static final int THREADS = 6;

  private final HttpServer server;
  private final ExecutorService threads;

  private StaticServer(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  /** Serves {@code dir} at {@code http://127.0.0.1:PORT<prefix>}; {@code prefix} ends with /. */
  public static StaticServer start(Path dir, String prefix, boolean gzip) throws IOException {
    return start(dir, prefix, gzip, GzFiles.AS_FILE);
  }

  /** Like {@link #start(Path, String, boolean)}, sending {@code .gz} files as {@code gz} says. */
  public static StaticServer start(Path dir, String prefix, boolean gzip, GzFiles gz)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        handle(exchange, dir, prefix, gzip, gz);
      }
    });
    // The default dispatcher answers one request at a time; a static host answers a page's
    // parallel fetches in parallel, and timings taken here should see what a reader sees.
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, r -> {
      Thread t = new Thread(r, "static-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.start();
    return new StaticServer(server, threads);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange x, Path dir, String prefix, boolean gzip,
      GzFiles gz) throws IOException {
    String path = URI.create(x.getRequestURI().getRawPath()).getPath();
    if (!path.startsWith(prefix)) {
      send(x, 404, "not under " + prefix);
      return;
    }
    Path file = dir.resolve(path.substring(prefix.length())).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
      send(x, 404, "not found");
      return;
    }
    String name = file.getFileName().toString();
    if (name.endsWith(".gz")) {
      byte[] stored = Files.readAllBytes(file);
      x.getResponseHeaders().set("Cache-Control", "no-store");
      if (gz == GzFiles.AS_ENCODING) {
        x.getResponseHeaders().set("Content-Type", name.endsWith(".json.gz")
            ? "application/json" : "text/plain");
        x.getResponseHeaders().set("Content-Encoding", "gzip");
      } else {
        x.getResponseHeaders().set("Content-Type", "application/gzip");
      }
      x.sendResponseHeaders(200, stored.length);
      try (OutputStream o = x.getResponseBody()) {
        o.write(stored);
      }
      return;
    }
    String type = name.endsWith(".html") ? "text/html; charset=utf-8"
        : name.endsWith(".js") ? "text/javascript; charset=utf-8"
        : name.endsWith(".css") ? "text/css; charset=utf-8"
        : name.endsWith(".json") ? "application/json; charset=utf-8"
        : "text/plain; charset=utf-8";
    String accept = x.getRequestHeaders().getFirst("Accept-Encoding");
    byte[] bytes = Files.readAllBytes(file);
    boolean compress = gzip && accept != null && accept.contains("gzip");
    x.getResponseHeaders().set("Content-Type", type);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    if (compress) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(bytes);
      }
      bytes = out.toByteArray();
      x.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    x.sendResponseHeaders(200, bytes.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(bytes);
    }
  }

  private static void send(HttpExchange x, int code, String body)
      throws IOException {
    byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    x.sendResponseHeaders(code, bytes.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
