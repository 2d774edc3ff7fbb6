package dev.gazette.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gazette.diag.GazetteException;
import org.junit.jupiter.api.Test;

/**
 * Mistakes in gazette.yaml are errors naming file:line, the key, what was expected and what was
 * found, in a user's words: a key given twice was taken silently (the later won), 2.5 was taken
 * as 2, and type errors spoke of java.lang.Integer and Jackson tokens.
 */
class ConfigMistakesTest {
  private final ConfigLoader loader = new ConfigLoader();

  private String error(String yaml) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(
        () -> loader.parse("gazette.yaml", yaml));
    assertThat(t).as("an error for:%n%s", yaml).isInstanceOf(GazetteException.class);
    String m = t.getMessage();
    assertThat(m).as(m).doesNotContain("java.").doesNotContain("Integer")
        .doesNotContain("Boolean").doesNotContain("JsonToken").doesNotContain("dev.gazette")
        .doesNotContain("RawConfig").doesNotContain("deserialize").doesNotContain("`");
    return m;
  }

  @Test
  void aKeyGivenTwiceIsAnErrorNamingTheSecond() {
    assertThat(error("title: First\npage_size: 5\ntitle: Second\n"))
        .startsWith("gazette.yaml:3:").contains("'title'").contains("twice");
  }

  @Test
  void aFractionWhereAWholeNumberGoesIsAnError() {
    assertThat(error("title: T\npage_size: 2.5\n")).isEqualTo(
        "gazette.yaml:2: page_size: expected a whole number such as 10, found 2.5");
    assertThat(error("feed_size: 1e3\n")).startsWith("gazette.yaml:1: feed_size: expected a"
        + " whole number").endsWith("found 1e3");
  }

  @Test
  void typeMistakesSayWhatWasExpectedAndFound() {
    assertThat(error("page_size: abc\n")).isEqualTo(
        "gazette.yaml:1: page_size: expected a whole number such as 10, found 'abc'");
    assertThat(error("\nlist_page_size: [1, 2]\n")).isEqualTo(
        "gazette.yaml:2: list_page_size: expected a whole number such as 10, found a list");
    assertThat(error("search: maybe\n")).isEqualTo(
        "gazette.yaml:1: search: expected true or false, found 'maybe'");
    assertThat(error("title: [a, b]\n")).isEqualTo(
        "gazette.yaml:1: title: expected text, found a list");
    assertThat(error("description:\n  a: 1\n")).startsWith("gazette.yaml:")
        .contains("description: expected text, found a mapping");
    assertThat(error("page_size: true\n")).isEqualTo(
        "gazette.yaml:1: page_size: expected a whole number such as 10, found true");
    assertThat(error("page_size: 99999999999\n")).isEqualTo("gazette.yaml:1: page_size:"
        + " expected a whole number such as 10, found 99999999999 (too large)");
    assertThat(error("just a line\n")).startsWith("gazette.yaml:1: expected 'key: value'"
        + " lines").contains("found 'just a line'");
    assertThat(error("- a\n- b\n")).startsWith("gazette.yaml:1: expected 'key: value' lines")
        .contains("found a list");
  }

  @Test
  void ordinarySettingsAreReadAsBefore() {
    SiteConfig c = loader.parse("gazette.yaml", "title: T\npage_size: 7\nsearch: false\n"
        + "feed_size: \"12\"\n");
    assertThat(c.title()).isEqualTo("T");
    assertThat(c.pageSize()).isEqualTo(7);
    assertThat(c.feedSize()).isEqualTo(12);
    assertThat(c.search()).isFalse();
    assertThatThrownBy(() -> loader.parse("gazette.yaml", "page_sise: 5\n"))
        .hasMessageContaining("gazette.yaml:1: unknown key 'page_sise'; did you mean");
  }

  @Test
  void aFileOfCommentsOrAnEmptyDocumentKeepsEveryDefault() {
    // A starter file with every setting commented out, with or without the start marker.
    for (String yaml : new String[] {"---\n# site settings go here\n", "# title: My archive\n",
        "---\n", "~\n", "---\n# page_size: 10\n...\n"}) {
      SiteConfig c = loader.parse("gazette.yaml", yaml);
      assertThat(c).as("%s", yaml).isEqualTo(SiteConfig.defaults());
    }
    assertThat(loader.parse("gazette.yaml", "---\ntitle: x\n").title()).isEqualTo("x");
  }

  @Test
  void valuesOutOfRangeNameTheLineOfTheirKey() {
    assertThat(error("title: T\npage_size: 0\n")).isEqualTo(
        "gazette.yaml:2: page_size must be at least 1, was 0");
    assertThat(error("title: T\n\ntime_zone: Mars/Olympus\n")).startsWith(
        "gazette.yaml:3: time_zone 'Mars/Olympus' is not a time zone");
    assertThat(error("date_order: YMD\n")).startsWith("gazette.yaml:1: date_order 'YMD'");
    assertThat(error("title: T\nlanguage: en_GB\n")).startsWith(
        "gazette.yaml:2: language 'en_GB' is not a language tag");
    assertThat(error("title: T\nbase_url: ftp://example.org/\n")).startsWith(
        "gazette.yaml:2: ");
  }
}
