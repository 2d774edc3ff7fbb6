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
import java.util.zip.GZIPOutputStream;

/**
 * A plain static file server for browser tests: a built site served under a path prefix, as
 * GitHub Pages serves it (gzip when the browser asks and {@code gzip} is on), with
 * {@code Cache-Control: no-store} so every page load fetches, and counts, every file again.
 */
public final class StaticServer implements AutoCloseable {
  private final HttpServer server;

  private StaticServer(HttpServer server) {
    this.server = server;
  }

  /** Serves {@code dir} at {@code http://127.0.0.1:PORT<prefix>}; {@code prefix} ends with /. */
  public static StaticServer start(Path dir, String prefix, boolean gzip) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        handle(exchange, dir, prefix, gzip);
      }
    });
    server.start();
    return new StaticServer(server);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange x, Path dir, String prefix, boolean gzip)
      throws IOException {
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
  }
}
