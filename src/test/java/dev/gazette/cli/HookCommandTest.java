package dev.gazette.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code install-hook} in a real (temporary) git repository; skipped where git is missing. */
class HookCommandTest {

  @BeforeAll
  static void needsGitAndSh() {
    assumeTrue(runs("git", "--version"), "git is not installed");
    assumeTrue(runs("sh", "-c", "true"), "sh is not available");
  }

  static boolean runs(String... cmd) {
    try {
      return new ProcessBuilder(cmd).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static String run(Path dir, Map<String, String> env, String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s: %s", List.of(cmd), out).isZero();
    return out;
  }

  /** A Gazette project folder: only its pom.xml matters to the hook. */
  static Path project(Path dir) throws IOException {
    Path project = Files.createDirectories(dir.resolve("gazette project"));
    Files.writeString(project.resolve("pom.xml"), "<project/>\n");
    return project;
  }

  @Test
  void installsAnExecutableHookOnceAndItRunsTheBuildAfterACommit(@TempDir Path dir)
      throws Exception {
    Path repo = Files.createDirectories(dir.resolve("blog"));
    run(repo, Map.of(), "git", "init", "-q");
    TestSite site = TestSite.write(repo, "");
    Path project = project(dir);

    TestSite.Run first = site.run("install-hook", "--project", project.toString()).assertOk();
    assertThat(first.out()).contains("Installed");
    Path hook = repo.resolve(".git/hooks/post-commit");
    assertThat(hook).isExecutable();
    String script = Files.readString(hook);
    assertThat(script).startsWith("#!/bin/sh\n").contains("mvn -q compile exec:java")
        .contains("build --root '" + repo.toAbsolutePath() + "'");
    run(repo, Map.of(), "sh", "-n", hook.toString());

    TestSite.Run second = site.run("install-hook", "--project", project.toString()).assertOk();
    assertThat(second.out()).contains("already installed");
    assertThat(Files.readString(hook)).isEqualTo(script);

    // A stand-in for mvn records where and how the hook calls it.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path calls = dir.resolve("calls.txt");
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nprintf '%s|' \"$PWD\" \"$@\" >> '" + calls + "'\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.writeString(repo.resolve("note.txt"), "hello\n");
    Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"));
    run(repo, env, "git", "add", "note.txt");
    run(repo, env, "git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit",
        "-q", "-m", "first");
    assertThat(Files.readString(calls)).isEqualTo(project.toAbsolutePath() + "|-q|compile|"
        + "exec:java|-Dexec.args=build --root '" + repo.toAbsolutePath() + "'|");
  }

  @Test
  void neverReplacesAHookItDidNotWrite(@TempDir Path dir) throws Exception {
    run(dir, Map.of(), "git", "init", "-q");
    Path hook = dir.resolve(".git/hooks/post-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\necho mine\n");
    TestSite.Run r = TestSite.write(dir, "").run("install-hook", "--project",
        project(dir).toString());
    r.assertCode(ExitCodes.FAILED);
    assertThat(r.err()).contains("is not Gazette's own").contains("exec:java");
    assertThat(Files.readString(hook)).isEqualTo("#!/bin/sh\necho mine\n");
  }

  @Test
  void neverReplacesItsOwnHookOnceChangedNorAnotherSitesNorWritesThroughALink(@TempDir Path dir)
      throws Exception {
    run(dir, Map.of(), "git", "init", "-q");
    Path hook = dir.resolve(".git/hooks/post-commit");
    TestSite site = TestSite.write(dir, "");
    site.run("install-hook", "--project", project(dir).toString()).assertOk();
    // A line added to Gazette's hook makes it the user's.
    String added = Files.readString(hook) + "echo also mine\n";
    Files.writeString(hook, added);
    site.run("install-hook", "--project", project(dir).toString()).assertCode(ExitCodes.FAILED);
    assertThat(Files.readString(hook)).isEqualTo(added);
    // Another site of the same repository keeps its hook.
    Files.writeString(hook, added.replace("echo also mine\n", ""));
    Path other = Files.createDirectories(dir.resolve("other-site"));
    TestSite.write(other, "").run("install-hook", "--project", project(dir).toString())
        .assertCode(ExitCodes.FAILED);
    assertThat(Files.readString(hook)).isEqualTo(added.replace("echo also mine\n", ""));
    // A link (here leading nowhere yet, as hook managers leave them) is not written through.
    Files.delete(hook);
    Path target = dir.resolve("manager/post-commit");
    Files.createSymbolicLink(hook, target);
    TestSite.Run r = site.run("install-hook", "--project", project(dir).toString());
    r.assertCode(ExitCodes.FAILED);
    assertThat(r.err()).contains("exec:java");
    assertThat(target).doesNotExist();
    assertThat(Files.isSymbolicLink(hook)).isTrue();
  }

  @Test
  void followsCoreHooksPathAndUpdatesItsOwnOlderHook(@TempDir Path dir) throws Exception {
    run(dir, Map.of(), "git", "init", "-q");
    run(dir, Map.of(), "git", "config", "core.hooksPath", "githooks");
    Path hook = dir.resolve("githooks/post-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\n# gazette post-commit hook: an older version\n");
    TestSite.Run r = TestSite.write(dir, "").run("install-hook", "--project",
        project(dir).toString()).assertOk();
    assertThat(r.out()).contains("Updated");
    assertThat(Files.readString(hook)).contains("exec:java");
  }

  @Test
  void outsideAGitRepositoryItSaysSo(@TempDir Path dir) throws IOException {
    Path lone = Files.createDirectories(dir.resolve("not-a-repo"));
    List<String> args = new ArrayList<>(List.of("install-hook", "--project",
        project(dir).toString()));
    TestSite.Run r = TestSite.write(lone, "").run(args.toArray(String[]::new));
    r.assertCode(ExitCodes.FAILED);
    assertThat(r.err()).contains("not in a git repository");
  }
}
