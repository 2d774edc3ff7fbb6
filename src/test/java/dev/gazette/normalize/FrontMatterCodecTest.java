package dev.gazette.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
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
  void valuesHoldingLineBreaksOnlyYamlSeesAreWrittenQuotedAndReadBackUnchanged()
      throws ContentException {
    // found by FrontMatterFuzzTest#writtenFrontMatterReadsBack (seed title-colons-line-separator):
    // the first title was written plain, broken at U+2028, and refused on reading ("mapping
    // values are not allowed here")
    for (String title : List.of("T\uFFFDtlwli:::::::\u2028separat", "T\u00E9:\u2028b", "a\u2028b", "a\u2029b")) {
      String md = codec.write(Map.of("title", title, "summary", "plain"), "Body.\n");
      FrontMatterCodec.Split split = codec.split("content/a.md", md);
      assertThat(split.frontMatter().title()).hasValue(title);
      assertThat(md).contains("summary: plain\n"); // values without them stay unquoted
    }
  }

  @Test
  void aYamlErrorOnAnOrdinaryLineIsNamedAsBefore() {
    ContentException e = catchThrowableOfType(ContentException.class,
        () -> codec.split("content/a.md", "---\ntitle: x\n  bad: indentation\n---\n"));
    assertThat(e.problem().location()).isEqualTo("content/a.md:3");
  }
}
