package dev.gazette.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which open page is told what, and when. */
class LiveReloadTest {

  @Test
  void aPageRenderedEarlyReloadsOnceAndTheOthersWhenTheBuildEnds() throws Exception {
    LiveReload reload = new LiveReload();
    ByteArrayOutputStream story = new ByteArrayOutputStream();
    ByteArrayOutputStream home = new ByteArrayOutputStream();
    ByteArrayOutputStream unknown = new ByteArrayOutputStream();
    reload.connect(story, "2024/03/story/index.html");
    reload.connect(home, "index.html");
    reload.connect(unknown, "");
    assertThat(reload.openPages()).containsExactlyInAnyOrder("2024/03/story/index.html",
        "index.html");

    reload.renderedEarly(Set.of("2024/03/story/index.html"));
    assertThat(events(story)).containsExactly("reload");
    assertThat(events(home)).isEmpty();

    reload.built(Optional.empty());
    assertThat(events(story)).as("told once").containsExactly("reload");
    assertThat(events(home)).containsExactly("reload");
    assertThat(events(unknown)).containsExactly("reload");

    // The next build tells everyone again; one with errors shows them on early pages too.
    reload.renderedEarly(Set.of("index.html"));
    reload.built(Optional.of("content/x.md:3: error: broken"));
    assertThat(events(home)).containsExactly("reload", "reload", "build-error");
    assertThat(events(story)).containsExactly("reload", "reload");
  }

  @Test
  void theScriptSaysWhichPageItIsOn() {
    assertThat(LiveReload.script()).contains("?page=\" + encodeURIComponent(location.pathname)")
        .contains("data-live");
  }

  private static java.util.List<String> events(ByteArrayOutputStream out) {
    return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("event: "))
        .map(l -> l.substring(7)).toList();
  }
}
