package dev.gazette.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing a folder by its manifest gives what a full walk gives, and follows no link. */
class FolderListingTest {

  @Test
  void listsWhatAWalkListsWhateverTheManifestSays(@TempDir Path dir) throws IOException {
    Path root = Files.createDirectories(dir.resolve("site"));
    for (String f : List.of("index.html", "2024/05/a/index.html", "2024/05/b/index.html",
        "tags/x/index.html", "tags/x/feed.xml", "stray.txt", "2024/05/a/stray.txt",
        "by-hand/deeper/x.txt")) {
      Files.createDirectories(root.resolve(f).getParent());
      Files.writeString(root.resolve(f), f);
    }
    Set<String> walked = new TreeSet<>(FolderListing.walk(root));
    for (Set<String> manifest : List.of(Set.<String>of(),
        Set.of("index.html", "2024/05/a/index.html", "2024/05/b/index.html",
            "tags/x/index.html", "tags/x/feed.xml"),
        Set.of("index.html", "2024/05/gone/index.html", "tags/x/index.html"))) {
      List<String> real = new ArrayList<>();
      assertThat(new TreeSet<>(FolderListing.list(root, manifest, real::add)))
          .as("manifest %s", manifest).isEqualTo(walked);
      assertThat(real).contains("2024", "2024/05", "2024/05/a", "tags/x", "by-hand/deeper");
    }
  }

  @Test
  void aLinkWhereAFolderWasIsListedAsANameAndNotFollowed(@TempDir Path dir)
      throws IOException {
    Path root = Files.createDirectories(dir.resolve("site"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.writeString(outside.resolve("index.html"), "not ours");
    Files.createDirectories(root.resolve("2024"));
    Files.createSymbolicLink(root.resolve("2024/a"), outside);
    Files.writeString(root.resolve("2024/b"), "a file where a folder was");
    List<String> real = new ArrayList<>();
    List<String> listed = FolderListing.list(root,
        Set.of("2024/a/index.html", "2024/b/index.html"), real::add);
    assertThat(listed).containsExactlyInAnyOrder("2024/a", "2024/b");
    assertThat(real).containsExactly("2024");
  }

  @Test
  void aMissingFolderListsNothing(@TempDir Path dir) {
    assertThat(FolderListing.list(dir.resolve("none"), Set.of("a/b"), f -> {})).isEmpty();
  }

  @Test
  void foldersAreEveryFolderAboveAFile() {
    assertThat(new TreeSet<>(FolderListing.folders(Set.of("a/b/c.html", "a/d.html", "e.html",
        "a/b/f/g.html")))).containsExactly("a", "a/b", "a/b/f");
  }
}
