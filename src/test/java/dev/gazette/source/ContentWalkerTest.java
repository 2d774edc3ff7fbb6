package dev.gazette.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.diag.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files the content folder lists, under which names, in which order. */
class ContentWalkerTest {

  private static void write(Path root, String... names) throws IOException {
    for (String name : names) {
      Path p = root.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Title\n\nBody.\n");
    }
  }

  @Test
  void listsArticlesButNotHiddenFilesOrFolders(@TempDir Path root) throws IOException {
    write(root, "content/b.md", "content/a.txt", "content/STORY.TXT", "content/2024/06/c.md",
        "content/notes.doc", "content/.swap.md", "content/_draft.md", "content/d.md~",
        "content/.git/e.md", "content/_drafts/f.md", "content/2024/.cache/g.md",
        "content/2024/_old/h.txt", "content/2024/x~/i.md", "content/2024/ok_1/j.md");
    List<Problem> problems = new ArrayList<>();
    List<SourceFile> files = new ContentWalker(root).walk(root.resolve("content"),
        problems::add);
    assertThat(files).extracting(SourceFile::name).containsExactly("content/2024/06/c.md",
        "content/2024/ok_1/j.md", "content/STORY.TXT", "content/a.txt", "content/b.md");
    assertThat(problems).isEmpty();
    assertThat(files).allSatisfy(f -> assertThat(f.path()).isAbsolute()
        .isEqualTo(root.toAbsolutePath().normalize().resolve(f.name())));
  }

  @Test
  void aContentFolderOutsideTheRootIsNamedInFull(@TempDir Path dir) throws IOException {
    write(dir, "elsewhere/a.md", "site/gazette.yaml");
    List<SourceFile> files = new ContentWalker(dir.resolve("site"))
        .walk(dir.resolve("elsewhere"), p -> { });
    assertThat(files).extracting(SourceFile::name)
        .containsExactly(dir.toAbsolutePath().normalize().resolve("elsewhere/a.md")
            .toString().replace('\\', '/'));
    // A root whose name is a prefix of the content folder's is not its parent.
    write(dir, "site-content/b.md");
    assertThat(new ContentWalker(dir.resolve("site")).walk(dir.resolve("site-content"),
        p -> { })).extracting(SourceFile::name).allMatch(n -> n.endsWith("/site-content/b.md")
            && Path.of(n).isAbsolute());
  }

  @Test
  void oneFileOfAName(@TempDir Path root) throws IOException {
    write(root, "content/a.txt", "content/a.md", "content/c.md", "content/c.markdown");
    List<Problem> problems = new ArrayList<>();
    List<SourceFile> files = new ContentWalker(root).walk(root.resolve("content"),
        problems::add);
    assertThat(files).extracting(SourceFile::name).containsExactly("content/a.md",
        "content/c.md");
    assertThat(problems).extracting(Problem::message).singleElement().asString()
        .contains("content/c.md");
  }
}
