package dev.gazette.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A problem's kind, by scan, is what the regular expressions it replaces gave. */
class ProblemKindTest {
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|[^\\s;,]*/[^\\s;,]+");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])\\d+(?![\\w-])");

  private static String byExpressions(Problem p) {
    String k = QUOTED.matcher(p.message()).replaceAll("…");
    return (p.severity() == Problem.Severity.ERROR ? "error: " : "warning: ")
        + NUMBER.matcher(k).replaceAll("N");
  }

  @Test
  void realMessagesGroupAsBefore() {
    Problem slug = Problem.warning("content/a.txt", 0, "slug 'asia-shares' is already used by"
        + " content/2004/2004-02-17-a000259.txt; this article is published as 'asia-shares-2'");
    assertThat(slug.kind()).isEqualTo(
        "warning: slug … is already used by …; this article is published as …");
    assertThat(Problem.error("a.md", 3, "line 12: 3 tags, at most 2 (see docs/tags.md), x-1 2x")
        .kind()).isEqualTo("error: line N: N tags, at most N (see …, x-1 2x");
  }

  @Test
  void scanAndExpressionsAgreeOnRandomMessages() {
    Random random = new Random(13);
    String alphabet = "ab Z_-09/';\",\t\n.é…";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder m = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        m.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Problem p = new Problem(random.nextBoolean() ? Problem.Severity.ERROR
          : Problem.Severity.WARNING, "f", 0, m.toString());
      assertThat(p.kind()).as("%s", m).isEqualTo(byExpressions(p));
    }
  }
}
