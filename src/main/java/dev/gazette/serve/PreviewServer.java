package dev.gazette.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A small static-file server for the preview: GET and HEAD, {@code index.html} for folders, the
 * site's {@code 404.html} with status 404, ETag and Last-Modified with 304, a bounded thread pool,
 * and no way out of the output folder. HTML responses get the live-reload script.
 *
 * <p>The JDK's server reads a request's headers on a pool thread, so each client that sends half
 * a request and waits holds a thread. The pool grows to {@value #MAX_THREADS} threads (slow
 * clients do not starve the others), and a request that is not read within
 * {@value #REQUEST_SECONDS} s is cut off ({@code sun.net.httpserver.maxReqTime}).
 *
 * <p>Only requests whose {@code Host} is a loopback name or address, or the address the server is
 * bound to, are answered: a page on another site that rebinds its own name to 127.0.0.1 (DNS
 * rebinding) would otherwise read the preview, drafts included. Others get 421.
 */
public final class PreviewServer implements AutoCloseable {
  private static final int CORE_THREADS = 8;
  static final int MAX_THREADS = 256;
  static final int REQUEST_SECONDS = 10;

  static {
    // Read once by the JDK's server when its first instance is made; a user's own setting wins.
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
    }
  }

  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME
      .withZone(ZoneOffset.UTC);

  private final Path outDir;
  /** The site's base path, as of the last good build: {@code base_url} may change while serving. */
  private volatile String basePath;
  private final LiveReload reload;
  private final HttpServer server;
  private final ThreadPoolExecutor pool;
  private final HostCheck hosts;
  private final java.util.function.Function<String, byte[]> fresh;

  /** Serves the site under {@code path} from now on (the configuration's base path changed). */
  void basePath(String path) {
    this.basePath = path;
  }

  PreviewServer(Path outDir, String basePath, LiveReload reload, String host, int port)
      throws IOException {
    this(outDir, basePath, reload, host, port, name -> null);
  }

  /** @param fresh pages a running build has rendered but not yet published, by file name */
  PreviewServer(Path outDir, String basePath, LiveReload reload, String host, int port,
      java.util.function.Function<String, byte[]> fresh) throws IOException {
    this.fresh = fresh;
    this.outDir = outDir.toAbsolutePath().normalize();
    this.basePath = basePath;
    this.reload = reload;
    this.pool = new ThreadPoolExecutor(CORE_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new ThreadPoolExecutor.AbortPolicy());
    InetSocketAddress address = new InetSocketAddress(host, port);
    this.hosts = new HostCheck(host, address.getAddress());
    this.server = HttpServer.create(address, 64);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Threads busy with a request right now, slow ones included; tests watch it. */
  int busyThreads() {
    return pool.getActiveCount();
  }

  @Override
  public void close() {
    reload.closeAll();
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange ex) throws IOException {
    try {
      String method = ex.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!hosts.allows(ex.getRequestHeaders().getFirst("Host"))) {
        send(ex, 421, "text/plain; charset=utf-8", ("This preview answers only to localhost."
            + "\n").getBytes(StandardCharsets.UTF_8), head);
        return;
      }
      if (!head && !method.equals("GET")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        send(ex, 405, "text/plain; charset=utf-8", "Method not allowed\n".getBytes(
            StandardCharsets.UTF_8), head);
        return;
      }
      String rawPath = ex.getRequestURI().getRawPath();
      if (LiveReload.EVENTS_PATH.equals(rawPath)) {
        events(ex);
        return;
      }
      RequestPath.Result result = RequestPath.parse(rawPath, basePath);
      if (result instanceof RequestPath.Refused) {
        send(ex, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes(
            StandardCharsets.UTF_8), head);
        return;
      }
      if (result instanceof RequestPath.Outside) {
        if (rawPath.equals("/")) {
          redirect(ex, basePath);
          return;
        }
        notFound(ex, head);
        return;
      }
      serve(ex, ((RequestPath.Resolved) result).relative(), rawPath, head);
    } catch (IOException e) {
      // The client went away mid-response; nothing to tell anyone.
    } finally {
      if (!LiveReload.EVENTS_PATH.equals(ex.getRequestURI().getRawPath())) {
        ex.close();
      }
    }
  }

  private void serve(HttpExchange ex, String relative, String rawPath, boolean head)
      throws IOException {
    Path root = currentRoot();
    Path file = root.resolve(relative).normalize();
    if (!file.startsWith(root)) {
      send(ex, 400, "text/plain; charset=utf-8", "Bad request\n".getBytes(
          StandardCharsets.UTF_8), head);
      return;
    }
    if (Files.isDirectory(file)) {
      if (!rawPath.endsWith("/")) {
        redirect(ex, rawPath + "/");
        return;
      }
      file = file.resolve("index.html");
    }
    String name = root.relativize(file).toString().replace('\\', '/');
    byte[] early = fresh.apply(name);
    if (early != null) {
      // Rendered by the build still running: newer than the disk until that build ends.
      ex.getResponseHeaders().set("Cache-Control", "no-store");
      String type = ContentTypes.of(file.getFileName().toString());
      send(ex, 200, type, type.startsWith("text/html") ? withReloadScript(early) : early, head);
      return;
    }
    if (!Files.isRegularFile(file) || !insideRealRoot(root, file)) {
      notFound(ex, head);
      return;
    }
    byte[] body;
    long modified;
    try {
      body = Files.readAllBytes(file);
      modified = Files.getLastModifiedTime(file).toMillis();
    } catch (NoSuchFileException e) {
      notFound(ex, head);
      return;
    }
    String type = ContentTypes.of(file.getFileName().toString());
    String etag = "\"" + Long.toHexString(body.length) + "-" + Long.toHexString(modified) + "\"";
    Headers h = ex.getResponseHeaders();
    h.set("ETag", etag);
    h.set("Last-Modified", HTTP_DATE.format(Instant.ofEpochMilli(modified)));
    h.set("Cache-Control", "no-cache");
    String match = ex.getRequestHeaders().getFirst("If-None-Match");
    if (etag.equals(match)) {
      ex.sendResponseHeaders(304, -1);
      return;
    }
    if (type.startsWith("text/html")) {
      body = withReloadScript(body);
    }
    send(ex, 200, type, body, head);
  }

  /** The output folder is switched by rename at the end of a build; wait out that moment. */
  private Path currentRoot() {
    for (int i = 0; i < 40 && !Files.isDirectory(outDir); i++) {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return outDir;
  }

  private static boolean insideRealRoot(Path root, Path file) {
    try {
      // Both resolved through their links: the output folder may be reached through one
      // (--out as a link, a root under a linked folder), and a real path never starts with an
      // unresolved one. A link inside the site to a file outside it is still refused.
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private void notFound(HttpExchange ex, boolean head) throws IOException {
    Path page = currentRoot().resolve("404.html");
    byte[] body = Files.isRegularFile(page) ? withReloadScript(Files.readAllBytes(page))
        : "Not found\n".getBytes(StandardCharsets.UTF_8);
    send(ex, 404, Files.isRegularFile(page) ? "text/html; charset=utf-8"
        : "text/plain; charset=utf-8", body, head);
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(301, -1);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head) {
      ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void events(HttpExchange ex) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "text/event-stream; charset=utf-8");
    h.set("Cache-Control", "no-cache");
    ex.sendResponseHeaders(200, 0);
    // The exchange stays open: LiveReload writes events to it until the page goes away.
    reload.connect(ex.getResponseBody(), pageFile(ex.getRequestURI().getRawQuery()));
  }

  /** The output file of the page an event stream was opened from, "" when not known. */
  private String pageFile(String rawQuery) {
    if (rawQuery == null || !rawQuery.startsWith("page=")) {
      return "";
    }
    String page;
    try {
      page = java.net.URLDecoder.decode(rawQuery.substring(5), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
    if (RequestPath.parse(page, basePath) instanceof RequestPath.Resolved r) {
      String relative = r.relative();
      return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
    return "";
  }

  static byte[] withReloadScript(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    int at = text.lastIndexOf("</body>");
    String script = LiveReload.script();
    String out = at < 0 ? text + script : text.substring(0, at) + script + text.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }
}
