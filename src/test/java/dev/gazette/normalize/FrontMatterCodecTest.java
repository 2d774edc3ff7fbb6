package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FrontMatterCodecTest {
  private final FrontMatterCodec codec = new FrontMatterCodec();

  @Test
  void aYamlErrorAfterLineBreaksOnlyYamlSeesNamesTheFilesLine() {
    // YAML ends lines at U+2028 (and U+0085, U+2029) too; found by FrontMatterFuzzTest#read
    // (seed yaml-line-breaks-nel.md), which saw line 15 named in a file of 5 lines
    String text = "---\ntitle: \"a\u2028\u2028\u2028\u2028\u2028\u2028b\"\nx: [\n---\nBody.\n";
    ContentException e = catchThrowableOfType(ContentException.class,
        () -> codec.split("content/a.md", text));
    assertThat(e.problem().location()).isEqualTo("content/a.md:3"); // x: [ (was :9)
    assertThat(e.problem().message()).startsWith("front matter is not valid YAML");
  }

  @Test
  void aYamlErrorOnAnOrdinaryLineIsNamedAsBefore() {
    ContentException e = catchThrowableOfType(ContentException.class,
        () -> codec.split("content/a.md", "---\ntitle: x\n  bad: indentation\n---\n"));
    assertThat(e.problem().location()).isEqualTo("content/a.md:3");
  }
}
