package dev.gazette.cli;

import dev.gazette.serve.Preview;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: build, serve on loopback, rebuild and reload on every change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Build the site, serve it at http://127.0.0.1:4000/ and rebuild and reload open"
        + " pages on every change to content, templates or configuration. Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: 4000; 0 picks a"
      + " free one).")
  int port = 4000;

  @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on"
      + " (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = {"-v", "--verbose"}, description = "Print each rebuild's step times.")
  boolean verbose;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    try (Preview preview = new Preview(site.toBuildOptions(), out, verbose)) {
      int bound = preview.start(host, port);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        preview.close();
        stopped.countDown();
      }, "gazette-stop"));
      out.printf("Serving %s at http://%s:%d/ (Ctrl-C stops)%n", site.toBuildOptions().out(),
          host.contains(":") ? "[" + host + "]" : host, bound);
      out.flush();
      stopped.await();
    }
    return ExitCodes.OK;
  }
}
