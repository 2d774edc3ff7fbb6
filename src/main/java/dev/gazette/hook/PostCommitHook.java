package dev.gazette.hook;

import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A git {@code post-commit} hook that rebuilds the site after every commit, through Maven in the
 * Gazette project folder. A hook someone else wrote (or added to), or a link, is never replaced;
 * Gazette's own is recognized by its marker line and rewritten, so installing twice changes
 * nothing.
 */
public final class PostCommitHook {
  /** The line that identifies a hook written by Gazette. */
  static final String MARKER = "# gazette post-commit hook";

  public enum Outcome { INSTALLED, UPDATED, UNCHANGED, REFUSED }

  /**
   * @param hook the hook file
   * @param command the command the hook runs, to add by hand to a hook Gazette may not replace
   */
  public record Result(Outcome outcome, Path hook, String command) {}

  private PostCommitHook() {}

  /**
   * Installs the hook in the git repository holding {@code siteRoot}.
   *
   * @param project the folder with Gazette's {@code pom.xml}, where {@code mvn} is run
   */
  public static Result install(Path siteRoot, Path project) {
    Path root = siteRoot.toAbsolutePath().normalize();
    Path dir = project.toAbsolutePath().normalize();
    if (!Files.isRegularFile(dir.resolve("pom.xml"))) {
      throw new GazetteException(dir + " has no pom.xml: run install-hook from the Gazette"
          + " project folder, or pass --project DIR");
    }
    checkQuotable(root);
    checkQuotable(dir);
    String command = "cd '" + dir + "' && mvn -q compile exec:java -Dexec.args=\"build --root '"
        + root + "'\"";
    String script = "#!/bin/sh\n"
        + MARKER + ": rebuilds the site after every commit.\n"
        + "# Written by `gazette install-hook`, which may rewrite it; delete this file to stop.\n"
        + "(" + command + ") || echo \"gazette: the site was not rebuilt; run: " + command
            .replace("\"", "\\\"") + "\" >&2\n";
    Path hook = hooksFolder(root).resolve("post-commit");
    try {
      Outcome outcome;
      if (Files.isSymbolicLink(hook)) {
        // A hook manager's link (even one leading nowhere yet): never written through.
        return new Result(Outcome.REFUSED, hook, command);
      }
      if (Files.exists(hook, LinkOption.NOFOLLOW_LINKS)) {
        String existing = Files.readString(hook, StandardCharsets.UTF_8);
        if (!isGazettesOwn(existing, root)) {
          return new Result(Outcome.REFUSED, hook, command);
        }
        if (existing.equals(script) && Files.isExecutable(hook)) {
          return new Result(Outcome.UNCHANGED, hook, command);
        }
        outcome = Outcome.UPDATED;
      } else {
        outcome = Outcome.INSTALLED;
      }
      Files.createDirectories(hook.getParent());
      writeExecutable(hook, script);
      return new Result(outcome, hook, command);
    } catch (IOException e) {
      throw new GazetteException("cannot write " + hook + ": " + e, e);
    }
  }

  /**
   * Whether {@code hook} is one Gazette wrote for this site, and only that: its marker, comments
   * and Gazette's command for {@code root}. A line someone added, or the command of another
   * site of the same repository, makes it theirs.
   */
  static boolean isGazettesOwn(String hook, Path root) {
    if (!hook.contains(MARKER)) {
      return false;
    }
    for (String line : hook.split("\n", -1)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!line.startsWith("(cd '") || !line.contains("build --root '" + root + "'")) {
        return false;
      }
    }
    return true;
  }

  /** Written whole or not at all: a new file of its own, then moved over the hook. */
  private static void writeExecutable(Path hook, String script) throws IOException {
    Path tmp = Files.createTempFile(hook.getParent(), ".post-commit.gazette.", ".tmp");
    try {
      Files.writeString(tmp, script, StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      } catch (UnsupportedOperationException e) {
        tmp.toFile().setExecutable(true);
      }
      Files.move(tmp, hook, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp); // gone already when moved
    }
  }

  /** The paths go into single quotes inside double quotes: refuse what would break out. */
  private static void checkQuotable(Path p) {
    String s = p.toString();
    for (char c : "'\"$`\\\n".toCharArray()) {
      if (s.indexOf(c) >= 0) {
        throw new GazetteException("cannot write a hook for the path " + s + ": it contains "
            + (c == '\n' ? "a line break" : "the character " + c));
      }
    }
  }

  /** Asks git, which knows about worktrees and {@code core.hooksPath}. */
  private static Path hooksFolder(Path root) {
    List<String> cmd = List.of("git", "rev-parse", "--git-path", "hooks");
    try {
      Process p = new ProcessBuilder(cmd).directory(root.toFile()).redirectErrorStream(true)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new GazetteException(root + " is not in a git repository (git rev-parse: " + out
            + "); run `git init` first");
      }
      return root.resolve(out).normalize();
    } catch (IOException e) {
      throw new GazetteException("cannot run git to find the hooks folder (is git installed?): "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GazetteException("interrupted while asking git for the hooks folder", e);
    }
  }
}
