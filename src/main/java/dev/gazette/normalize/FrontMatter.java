package dev.gazette.normalize;

import java.util.List;
import java.util.Optional;

/**
 * The front-matter keys Gazette reads. Raw values are kept as written; {@link ArticleReader}
 * interprets them.
 *
 * @param dateConfidence how sure the date is ({@code high}, {@code medium}, {@code low},
 *     {@code none}); written by normalize for raw articles
 * @param source the raw file this Markdown was normalized from
 * @param sourceSha256 the hash of that raw file's bytes when it was normalized
 * @param gazetteHash the hash of this Markdown file as Gazette wrote it: a file whose hash no
 *     longer matches was edited by a person and is never overwritten
 */
public record FrontMatter(
    Optional<String> title,
    Optional<String> date,
    int dateLine,
    Optional<String> dateSource,
    Optional<String> dateConfidence,
    Optional<List<String>> tags,
    Optional<String> slug,
    Optional<String> summary,
    boolean draft,
    Optional<String> source,
    Optional<String> sourceSha256,
    Optional<String> gazetteHash) {

  /** Every key, in the order Gazette writes them. */
  public static final List<String> KEYS = List.of("title", "date", "date_source",
      "date_confidence", "tags", "slug",
      "summary", "draft", "source", "source_sha256", "gazette_hash");

  public FrontMatter {
    tags = tags.map(List::copyOf);
  }
}
