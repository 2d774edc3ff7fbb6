package dev.gazette.normalize;

import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: an article (absent when the file could not be used), whether its
 * tags are still to be extracted from the text, and the problems to show the editor.
 */
public record ReadResult(
    String source,
    Optional<Article> article,
    boolean needsTags,
    Optional<RawArticle> raw,
    Optional<String> decodingGuess,
    List<Problem> problems) {

  public ReadResult {
    problems = List.copyOf(problems);
  }

  /**
   * The same result without the raw parse: the archive keeps one copy of each article's text
   * (its Markdown body), which matters at 100,000 articles.
   */
  public ReadResult withoutRaw() {
    return raw.isEmpty() ? this : new ReadResult(source, article, needsTags, Optional.empty(),
        decodingGuess, problems);
  }

  static ReadResult failed(String source, Problem problem) {
    return new ReadResult(source, Optional.empty(), false, Optional.empty(), Optional.empty(),
        List.of(problem));
  }
}
