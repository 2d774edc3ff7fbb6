package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.engine.DiskOutput;
import dev.gazette.engine.ReadCache;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder and the folders beside it: builds never publish half a site, never delete
 * what Gazette did not make, and refuse clearly what they cannot do.
 */
class OutputSafetyTest {

  private static TestSite site(Path dir, int articles) {
    StringBuilder spec = new StringBuilder("-- gazette.yaml --\ntitle: Safe\n");
    for (int i = 0; i < articles; i++) {
      spec.append("-- content/2024-03-").append(String.format("%02d", 1 + i % 28)).append("-a")
          .append(i).append(".txt --\nStory number ").append(i).append("\n\nThe council of Northfield met"
              + " on Monday about story ").append(i).append(".\n");
    }
    return TestSite.write(dir, spec.toString());
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted()
          .toList();
    }
  }

  @Test
  void buildsIntoOneFolderAtOnceTakeTurnsAndEachPublishesTheWholeSite(@TempDir Path dir)
      throws Exception {
    TestSite site = site(dir, 40);
    site.build("--clean").assertOk();
    List<String> whole = files(dir.resolve("site"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Callable<Integer> build = () -> site.build("--clean").code();
        runs.add(pool.submit(build));
      }
      for (Future<Integer> f : runs) {
        assertThat(f.get()).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(files(dir.resolve("site"))).isEqualTo(whole);
    assertThat(dir.resolve(".site.staging")).doesNotExist();
    // The site before the last, kept for the next build to bring up to date.
    assertThat(dir.resolve(".site.previous").resolve(DiskOutput.MARKER)).exists();
  }

  /**
   * Two build processes (two terminals, or the post-commit hook and a manual build) into one
   * folder: the operating-system lock makes them take turns, each publishes a whole site.
   */
  @Test
  void buildProcessesIntoOneFolderTakeTurns(@TempDir Path dir) throws Exception {
    TestSite site = site(dir, 120);
    site.build("--clean").assertOk();
    List<String> whole = files(dir.resolve("site"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> builds = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      builds.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          "dev.gazette.cli.Main", "build", "--clean", "--root", dir.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }
    for (Process p : builds) {
      assertThat(p.waitFor()).isZero();
    }
    assertThat(files(dir.resolve("site"))).isEqualTo(whole);
    assertThat(dir.resolve(".site.staging")).doesNotExist();
  }

  @Test
  void foldersBesideTheOutputThatGazetteDidNotMakeAreLeftAlone(@TempDir Path dir)
      throws IOException {
    TestSite site = site(dir, 2);
    for (String name : List.of(".site.staging", ".site.previous")) {
      site.writeFile(name + "/notes.txt", "mine");
      TestSite.Run run = site.build();
      assertThat(run.code()).isNotZero();
      assertThat(run.err()).contains(name).contains("not made by Gazette");
      assertThat(site.read(name + "/notes.txt")).isEqualTo("mine");
      Files.delete(dir.resolve(name + "/notes.txt"));
      Files.delete(dir.resolve(name));
    }
    site.build().assertOk();
    assertThat(dir.resolve("site/index.html")).exists();
  }

  @Test
  void theFileSystemRootIsRefusedWithAMessageNotAStackTrace(@TempDir Path dir) {
    TestSite site = site(dir, 1);
    TestSite.Run run = site.build("--out", "/");
    assertThat(run.code()).isNotZero();
    assertThat(run.err()).contains("file system root").doesNotContain("Exception");
  }

  @Test
  void aLinkedOutputFolderIsUpdatedThroughTheLink(@TempDir Path dir) throws IOException {
    TestSite site = site(dir, 2);
    Path real = Files.createDirectories(dir.resolve("elsewhere/public"));
    Path link = Files.createSymbolicLink(dir.resolve("out"), real);
    site.build("--out", link.toString()).assertOk();
    site.build("--out", link.toString()).assertOk();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real.resolve("index.html")).exists();
  }

  @Test
  void aReadCacheWithADamagedCountIsIgnored(@TempDir Path dir) throws IOException {
    TestSite site = site(dir, 3);
    site.build().assertOk();
    Path cache = dir.resolve(BuildOptions.CACHE_DIR).resolve(ReadCache.FILE);
    byte[] bytes = Files.readAllBytes(cache);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    // The count follows two length-prefixed strings (the header and the environment) and the
    // file's 8-byte id.
    int at = 0;
    for (int i = 0; i < 2; i++) {
      at += 4 + b.getInt(at);
    }
    b.putInt(at + 8, 0x3FFFFFFF);
    Files.write(cache, bytes);
    site.writeFile("content/2024-03-09-new.txt", "A new story\n\nThe council met again.\n");
    site.build().assertOk();
    assertThat(site.read("site/index.html")).contains("A new story");
  }

  @Test
  void aGitCheckoutHoldingACopyOfTheSiteIsNotTakenForGazettesOwn(@TempDir Path dir)
      throws Exception {
    TestSite site = site(dir, 3);
    site.build().assertOk();
    // The site copied into a GitHub Pages checkout, marker included.
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.createDirectories(pages.resolve(".git"));
    Files.writeString(pages.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
    Files.writeString(pages.resolve("CNAME"), "news.example.org\n");
    try (Stream<Path> s = Files.walk(dir.resolve("site"))) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        Path to = pages.resolve(dir.resolve("site").relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    List<String> before = files(pages);
    for (int i = 0; i < 2; i++) {
      TestSite.Run r = site.build("--out", pages.toString());
      assertThat(r.code()).isNotZero();
      assertThat(r.err()).contains("git checkout").contains(pages.toString());
    }
    assertThat(files(pages)).isEqualTo(before).contains(".git/HEAD", "CNAME");
    // A worktree's .git is a file: the same.
    Path worktree = Files.createDirectories(dir.resolve("worktree"));
    Files.copy(pages.resolve(DiskOutput.MARKER), worktree.resolve(DiskOutput.MARKER));
    Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere\n");
    assertThat(site.build("--out", worktree.toString()).code()).isNotZero();
    assertThat(worktree.resolve(".git")).hasContent("gitdir: /elsewhere");
    // Its own folder it still builds into.
    site.build().assertOk();
  }

  @Test
  void withTheContentAtTheSitesRootTheBuildNeverReadsItsOwnOutput(@TempDir Path dir)
      throws Exception {
    TestSite site = TestSite.write(dir, """
        -- 2024-03-01-council.txt --
        The council met

        The council of Northfield met on Monday.
        """);
    site.build("--content", dir.toString()).assertOk();
    List<String> first = files(dir.resolve("site"));
    TestSite.Run again = site.build("--content", dir.toString()).assertOk();
    TestSite.Run third = site.build("--content", dir.toString(), "--clean").assertOk();
    assertThat(files(dir.resolve("site"))).isEqualTo(first);
    assertThat(again.out() + again.err() + third.out() + third.err())
        .doesNotContain("robots").doesNotContain("site/");
    assertThat(first).noneMatch(f -> f.contains("user-agent"));
  }
}
