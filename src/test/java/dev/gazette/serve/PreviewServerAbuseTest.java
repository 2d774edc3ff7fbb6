package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gazette.testing.TestSite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow clients and foreign Host headers against the preview server. */
class PreviewServerAbuseTest {
  private PreviewServer server;
  private final List<Socket> slow = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (Socket s : slow) {
      s.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private int start(Path dir) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- site/index.html --
        <!doctype html><title>A</title><body>Home</body>
        """);
    server = new PreviewServer(site.path("site"), "/", new LiveReload(), "127.0.0.1", 0);
    server.start();
    return server.port();
  }

  private static String statusLine(int port, String host) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      String hostLine = host == null ? "" : "Host: " + host + "\r\n";
      s.getOutputStream().write(("GET / HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      return new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.ISO_8859_1)).readLine();
    }
  }

  @Test
  void clientsSendingHalfARequestDoNotStopOthersBeingServed(@TempDir Path dir) throws Exception {
    int port = start(dir);
    int slowClients = 24; // three times the old pool of 8
    for (int i = 0; i < slowClients; i++) {
      Socket s = new Socket("127.0.0.1", port);
      slow.add(s);
      s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
          .getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
    }
    // Wait for the event "every slow client holds a server thread" (not for a time).
    // (The timeout only keeps a broken server from hanging the whole test run.)
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      while (server.busyThreads() < slowClients) {
        Thread.onSpinWait();
      }
    });
    assertThat(statusLine(port, "127.0.0.1")).isEqualTo("HTTP/1.1 200 OK");
    assertThat(server.busyThreads()).isGreaterThanOrEqualTo(slowClients);
  }

  @Test
  void onlyLoopbackHostsAreAnswered(@TempDir Path dir) throws Exception {
    int port = start(dir);
    assertThat(statusLine(port, "evil.example")).startsWith("HTTP/1.1 421");
    assertThat(statusLine(port, "evil.example:" + port)).startsWith("HTTP/1.1 421");
    assertThat(statusLine(port, "localhost.evil.example")).startsWith("HTTP/1.1 421");
    assertThat(statusLine(port, "192.168.1.20:" + port)).startsWith("HTTP/1.1 421");
    assertThat(statusLine(port, "localhost:" + port)).startsWith("HTTP/1.1 200");
    assertThat(statusLine(port, "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
    assertThat(statusLine(port, "[::1]:" + port)).startsWith("HTTP/1.1 200");
    assertThat(statusLine(port, "LOCALHOST")).startsWith("HTTP/1.1 200");
  }

  @Test
  void aSiteReachedThroughALinkIsServedButALinkInsideItToAFileOutsideIsNot(@TempDir Path dir,
      @TempDir Path outside) throws Exception {
    TestSite site = TestSite.write(dir, """
        -- real/index.html --
        <!doctype html><title>A</title><body>Home</body>
        """);
    java.nio.file.Files.writeString(outside.resolve("secret.txt"), "secret");
    java.nio.file.Files.createSymbolicLink(site.path("real/secret.txt"),
        outside.resolve("secret.txt"));
    Path linked = java.nio.file.Files.createSymbolicLink(dir.resolve("site"), site.path("real"));
    server = new PreviewServer(linked, "/", new LiveReload(), "127.0.0.1", 0);
    server.start();
    assertThat(statusLine(server.port(), "127.0.0.1")).isEqualTo("HTTP/1.1 200 OK");
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.getOutputStream().write(("GET /secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      assertThat(new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.ISO_8859_1)).readLine()).startsWith("HTTP/1.1 404");
    }
  }
}
