package dev.gazette.normalize;

import dev.gazette.content.Article;
import dev.gazette.content.DateConfidence;
import dev.gazette.diag.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: an article (absent when the file could not be used), whether its
 * tags are still to be extracted from the text, how sure its date is, and the problems to show
 * the editor.
 */
public record ReadResult(
    String source,
    Optional<Article> article,
    boolean needsTags,
    Optional<RawArticle> raw,
    Optional<String> decodingGuess,
    DateConfidence dateConfidence,
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
        decodingGuess, dateConfidence, problems);
  }

  static ReadResult failed(String source, Problem problem) {
    return new ReadResult(source, Optional.empty(), false, Optional.empty(), Optional.empty(),
        DateConfidence.NONE, List.of(problem));
  }
}
