package dev.gazette.site;

import static dev.gazette.site.IncrementalBuildTest.leftovers;
import static dev.gazette.site.IncrementalBuildTest.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.diag.GazetteException;
import dev.gazette.engine.DiskOutput;
import dev.gazette.site.IncrementalBuildTest.EditSequence;
import dev.gazette.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder changes only to a complete new build; anything else leaves it as it was. */
class AtomicOutputTest {

  static EditSequence site(Path dir, int articles) {
    EditSequence seq = new EditSequence(new Random(11), TestSite.write(dir, """
        -- gazette.yaml --
        title: Atomic
        page_size: 3
        """));
    for (int i = 0; i < articles; i++) {
      seq.addArticle();
    }
    return seq;
  }

  static BuildReport build(Path root) {
    return new SiteBuilder().build(BuildOptions.defaults(root));
  }

  /** What a clean build of the current input gives, built beside the site. */
  static Map<String, byte[]> cleanBuild(Path root) throws IOException {
    new SiteBuilder().build(BuildOptions.defaults(root).withOut(root.resolve("clean"))
        .withClean(true));
    return tree(root.resolve("clean"));
  }

  /**
   * A clean build over an existing site starts from the idle copy and deletes nothing first: a
   * file only that copy holds is rewritten in place (the same inode), one it shares with the
   * published site is replaced, never written through, and neither a link nor a hard link
   * planted in it leads a write outside.
   */
  @Test
  void aCleanBuildRewritesTheIdleCopyInPlaceAndWritesThroughNoLink(@TempDir Path dir)
      throws IOException {
    EditSequence seq = site(dir, 8);
    build(dir);
    String edited = seq.articles.keySet().iterator().next();
    seq.articles.get(edited).title = "Changed title";
    seq.write(edited);
    build(dir); // the first site is set aside, sharing its unchanged files by hard links
    Path site = dir.resolve("site");
    Path idle = dir.resolve(".site.previous");
    Map<String, byte[]> published = tree(site);
    Map<String, Object> idleKeys = new java.util.HashMap<>();
    try (Stream<Path> files = Files.walk(idle)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String name = idle.relativize(f).toString().replace('\\', '/');
        if ((Integer) Files.getAttribute(f, "unix:nlink") == 1 && published.containsKey(name)) {
          idleKeys.put(name, Files.getAttribute(f, "unix:ino"));
        }
      }
    }
    assertThat(idleKeys).as("pages the edit changed are the idle copy's own").hasSizeGreaterThan(2);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path victim = Files.writeString(outside.resolve("victim.html"), "not Gazette's");
    Path shared = Files.writeString(outside.resolve("shared.xml"), "not Gazette's either");
    Files.delete(idle.resolve("index.html"));
    Files.createSymbolicLink(idle.resolve("index.html"), victim);
    Files.delete(idle.resolve("feed.xml"));
    Files.createLink(idle.resolve("feed.xml"), shared);
    idleKeys.remove("index.html");
    idleKeys.remove("feed.xml");
    seq.site.writeFile("templates/article.peb", "{% extends \"base\" %}{% block content %}"
        + "<p>Rewritten</p>{{ article.bodyHtml | raw }}{% endblock %}\n");

    new SiteBuilder().build(BuildOptions.defaults(dir).withClean(true));

    assertThat(tree(site)).isEqualTo(cleanBuild(dir));
    assertThat(tree(idle)).as("the site published before, set aside whole").isEqualTo(published);
    assertThat(victim).hasContent("not Gazette's");
    assertThat(shared).hasContent("not Gazette's either");
    assertThat(Files.isSymbolicLink(site.resolve("index.html"))).isFalse();
    for (Map.Entry<String, Object> own : idleKeys.entrySet()) {
      assertThat(Files.getAttribute(site.resolve(own.getKey()), "unix:ino"))
          .as("%s rewritten in place", own.getKey()).isEqualTo(own.getValue());
    }
  }

  /**
   * An incremental build brings the idle copy up to date by its manifest, without looking at each
   * file: what was put into it by hand (a folder where a page was, stray files, a new folder, a
   * link where a folder of pages was) is still not published, and nothing outside is touched.
   */
  @Test
  void whatWasPutIntoTheIdleCopyByHandIsNotPublished(@TempDir Path dir) throws IOException {
    EditSequence seq = site(dir, 8);
    build(dir);
    List<String> names = new ArrayList<>(seq.articles.keySet());
    seq.articles.get(names.get(0)).title = "Changed title";
    seq.write(names.get(0));
    build(dir); // the first site is set aside with its manifest: the idle copy
    Path idle = dir.resolve(".site.previous");
    List<String> pages = tree(idle).keySet().stream()
        .filter(f -> f.matches("\\d{4}/\\d{2}/[^/]+/index\\.html")).toList();
    assertThat(pages).hasSizeGreaterThan(3);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path kept = Files.writeString(outside.resolve("index.html"), "not Gazette's");
    Path folderForPage = idle.resolve(pages.get(0));
    Files.delete(folderForPage);
    Files.createDirectories(folderForPage.resolve("inner"));
    Files.writeString(folderForPage.resolve("inner/junk.txt"), "junk");
    Files.writeString(idle.resolve(pages.get(1)).resolveSibling("stray.txt"), "stray");
    Files.createDirectories(idle.resolve("extra/deeper"));
    Files.writeString(idle.resolve("extra/deeper/x.txt"), "x");
    Path linkedFolder = idle.resolve(pages.get(2)).getParent();
    try (Stream<Path> files = Files.walk(linkedFolder)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
    Files.createSymbolicLink(linkedFolder, outside);
    seq.articles.get(names.get(1)).body = "Edited again.";
    seq.write(names.get(1));

    build(dir);

    Path site = dir.resolve("site");
    Map<String, byte[]> clean = cleanBuild(dir);
    assertThat(tree(site).keySet()).isEqualTo(clean.keySet());
    assertThat(tree(site)).isEqualTo(clean);
    assertThat(kept).hasContent("not Gazette's");
    assertThat(outside.toFile().list()).containsExactly("index.html");
    assertThat(site.resolve(pages.get(0))).isRegularFile();
    assertThat(Files.isSymbolicLink(site.resolve(pages.get(2)).getParent())).isFalse();
    assertThat(site.resolve("extra")).doesNotExist();
  }

  @Test
  void aTemplateErrorWhileRenderingLeavesThePreviousSite(@TempDir Path dir) throws IOException {
    EditSequence seq = site(dir, 8);
    build(dir);
    Map<String, byte[]> before = tree(dir.resolve("site"));

    seq.articles.values().iterator().next().title = "Changed title";
    seq.write(seq.articles.keySet().iterator().next());
    seq.site.writeFile("templates/article.peb", "{% extends \"base\" %}{% block content %}"
        + "{{ no_such_variable }}{% endblock %}\n");
    assertThatThrownBy(() -> build(dir)).isInstanceOf(GazetteException.class)
        .hasMessageContaining("templates/article.peb:1");
    assertThat(tree(dir.resolve("site"))).isEqualTo(before);
    assertThat(leftovers(dir)).isEmpty();

    // The manifest still describes the published site: fixing the template reuses what it can.
    Files.delete(dir.resolve("templates/article.peb"));
    BuildReport fixed = build(dir);
    assertThat(fixed.reused()).isPositive();
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanBuild(dir));
  }

  @Test
  void aTemplateSyntaxErrorStopsBeforeTheOutputIsTouched(@TempDir Path dir) throws IOException {
    EditSequence seq = site(dir, 3);
    build(dir);
    Map<String, byte[]> before = tree(dir.resolve("site"));
    seq.site.writeFile("templates/home.peb", "{% if %}\n");
    assertThatThrownBy(() -> build(dir)).hasMessageContaining("templates/home.peb:1");
    assertThat(tree(dir.resolve("site"))).isEqualTo(before);
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void aFailureHalfWayThroughWritingLeavesThePreviousSite(@TempDir Path dir) throws IOException {
    EditSequence seq = site(dir, 12);
    build(dir);
    Map<String, byte[]> before = tree(dir.resolve("site"));
    seq.addArticle();
    seq.site.writeFile("templates/static/extra.css", "p { color: red }\n");

    AtomicInteger writes = new AtomicInteger();
    SiteBuilder failing = new SiteBuilder(file -> {
      if (writes.incrementAndGet() == 20) {
        throw new GazetteException("injected failure at " + file);
      }
    });
    assertThatThrownBy(() -> failing.build(BuildOptions.defaults(dir)))
        .hasMessageContaining("injected failure");
    assertThat(tree(dir.resolve("site"))).isEqualTo(before);
    assertThat(leftovers(dir)).isEmpty();

    // A static file named like a page fails at the last step, after every page was staged.
    seq.site.writeFile("templates/static/index.html", "not the home page");
    assertThatThrownBy(() -> build(dir)).hasMessageContaining("'index.html'");
    assertThat(tree(dir.resolve("site"))).isEqualTo(before);
    assertThat(leftovers(dir)).isEmpty();

    Files.delete(dir.resolve("templates/static/index.html"));
    build(dir);
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanBuild(dir));
  }

  /** The state a build killed between its two renames leaves: no site, the old one aside. */
  @Test
  void aBuildKilledBetweenTheTwoRenamesIsRecoveredByTheNext(@TempDir Path dir)
      throws IOException {
    EditSequence seq = site(dir, 6);
    build(dir);
    Map<String, byte[]> before = tree(dir.resolve("site"));
    Files.move(dir.resolve("site"), dir.resolve(".site.previous"));
    seq.site.writeFile(".site.staging/index.html", "half a build");
    // A build makes its staging folder with the marker first thing: so was this one.
    seq.site.writeFile(".site.staging/" + DiskOutput.MARKER, "");
    try (Stream<Path> manifests = Files.list(dir.resolve(BuildOptions.CACHE_DIR))) {
      for (Path m : manifests.toList()) {
        Files.delete(m); // deleted before every switch
      }
    }

    // Even a build that then fails puts the old site back.
    seq.site.writeFile("templates/tag.peb", "{{ missing }}\n");
    assertThatThrownBy(() -> build(dir)).hasMessageContaining("templates/tag.peb:1");
    assertThat(tree(dir.resolve("site"))).isEqualTo(before);
    assertThat(leftovers(dir)).isEmpty();

    Files.delete(dir.resolve("templates/tag.peb"));
    seq.addArticle();
    build(dir);
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanBuild(dir));
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void stagingLeftByABuildKilledWhileRenderingIsCleanedUp(@TempDir Path dir) throws IOException {
    EditSequence seq = site(dir, 6);
    build(dir);
    seq.site.writeFile(".site.staging/index.html", "half a build");
    // A build makes its staging folder with the marker first thing: so was this one.
    seq.site.writeFile(".site.staging/" + DiskOutput.MARKER, "");
    seq.site.writeFile(".site.staging/2021/01/stale/index.html", "stale");
    seq.addArticle();
    BuildReport report = build(dir);
    assertThat(report.reused()).isPositive();
    assertThat(tree(dir.resolve("site"))).isEqualTo(cleanBuild(dir));
    assertThat(leftovers(dir)).isEmpty();
  }

  /**
   * Real kills: a build process is killed (SIGKILL) at a random moment. The published folder is
   * then the old site or the new one, complete, or is absent with the old one set aside; the next
   * build gives what a clean build gives.
   */
  @Test
  void aBuildProcessKilledAtAnyMomentLeavesACompleteSite(@TempDir Path dir) throws Exception {
    EditSequence seq = site(dir, 300);
    build(dir);
    Random random = new Random(99);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    int completed = 0;
    List<String> states = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < 5; i++) {
        seq.randomEdit();
      }
      seq.editConfig();
      Map<String, byte[]> before = tree(dir.resolve("site"));
      // Every other build is a clean one, which rewrites the idle folder in place.
      List<String> command = new ArrayList<>(List.of(java, "-cp",
          System.getProperty("java.class.path"), "dev.gazette.cli.Main", "build", "--root",
          dir.toString()));
      if (round % 2 == 1) {
        command.add("--clean");
      }
      Process p = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      boolean finished = p.waitFor(300 + random.nextInt(1500), TimeUnit.MILLISECONDS);
      if (!finished) {
        p.destroyForcibly();
        p.waitFor();
      } else {
        completed++;
      }
      Map<String, byte[]> expected = cleanBuild(dir);
      Path site = dir.resolve("site");
      String state;
      if (Files.isDirectory(site)) {
        Map<String, byte[]> now = tree(site);
        state = now.equals(before) ? "old" : now.equals(expected) ? "new" : "mixed";
      } else {
        state = tree(dir.resolve(".site.previous")).equals(before) ? "old set aside"
            : "missing";
      }
      states.add(state);
      assertThat(state).as("round %d, finished %s", round, finished)
          .isIn("old", "new", "old set aside");
      build(dir);
      assertThat(tree(site)).as("round %d", round).isEqualTo(expected);
      assertThat(leftovers(dir)).isEmpty();
    }
    assertThat(completed).as("builds that finished before the kill; states %s", states)
        .isLessThan(4);
  }
}
