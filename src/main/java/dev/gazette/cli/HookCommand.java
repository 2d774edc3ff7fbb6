package dev.gazette.cli;

import dev.gazette.hook.PostCommitHook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code install-hook}: rebuild the site after every local git commit. */
@Command(name = "install-hook", mixinStandardHelpOptions = true,
    description = "Install a git post-commit hook that rebuilds the site after every commit."
        + " An existing hook that Gazette did not write is left alone.")
final class HookCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = "--project", paramLabel = "DIR", description = "The Gazette project folder"
      + " (with pom.xml) where the hook runs Maven (default: the current folder).")
  Path project = Path.of(System.getProperty("user.dir"));

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PostCommitHook.Result r = PostCommitHook.install(site.toBuildOptions().root(), project);
    PrintWriter out = spec.commandLine().getOut();
    switch (r.outcome()) {
      case INSTALLED -> out.println("Installed " + r.hook() + ": every commit now rebuilds the"
          + " site.");
      case UPDATED -> out.println("Updated " + r.hook() + ".");
      case UNCHANGED -> out.println(r.hook() + " is already installed; nothing to do.");
      case REFUSED -> {
        PrintWriter err = spec.commandLine().getErr();
        err.println("error: " + r.hook() + " exists and is not Gazette's own (not written by"
            + " Gazette, changed since, a link, or another site's hook); it is left as is. To"
            + " rebuild the site after each commit, add this line to it:");
        err.println("  " + r.command());
        err.flush();
        return ExitCodes.FAILED;
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
