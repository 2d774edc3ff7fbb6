package dev.gazette.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article, whatever shape it arrived in.
 *
 * @param source the file it came from, relative to the site root ({@code content/a.txt})
 * @param slug its URL segment, unique in the archive
 * @param date empty for an undated article: it is published in the Undated section
 * @param dateSource how the date was found
 * @param tags in the order they were given or extracted
 * @param summary the lede, as plain text
 * @param body Markdown
 * @param sourceHash hex SHA-256 of the source file's bytes
 * @param bodyLine the source file's line on which the body starts (after front matter), or 0
 *     when the body was generated from raw text and its lines are not the file's
 */
public record Article(
    String source,
    Slug slug,
    String title,
    Optional<LocalDate> date,
    DateSource dateSource,
    List<Tag> tags,
    String summary,
    String body,
    boolean draft,
    String sourceHash,
    int bodyLine) {

  public Article {
    Objects.requireNonNull(source);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(date);
    Objects.requireNonNull(dateSource);
    tags = List.copyOf(tags);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(body);
    Objects.requireNonNull(sourceHash);
  }

  /**
   * Only the fields that tell articles apart: render caches key on articles, and a record's
   * generated hash walks every field (the body, the tag list) through method handles, which the
   * fast compiler a build runs on does not inline. Equal articles have equal sources and slugs.
   */
  @Override
  public int hashCode() {
    return 31 * source.hashCode() + slug.hashCode();
  }

  /** An article whose body starts on the file's first line. */
  public Article(String source, Slug slug, String title, Optional<LocalDate> date,
      DateSource dateSource, List<Tag> tags, String summary, String body, boolean draft,
      String sourceHash) {
    this(source, slug, title, date, dateSource, tags, summary, body, draft, sourceHash, 1);
  }

  public Article withSlug(Slug newSlug) {
    return new Article(source, newSlug, title, date, dateSource, tags, summary, body, draft,
        sourceHash, bodyLine);
  }

  public Article withTags(List<Tag> newTags) {
    return new Article(source, slug, title, date, dateSource, newTags, summary, body, draft,
        sourceHash, bodyLine);
  }

  public boolean isDated() {
    return date.isPresent();
  }

  /** Words in the body, for reading time. */
  public int wordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < body.length(); i++) {
      boolean letter = Character.isLetterOrDigit(body.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /** Minutes at 220 words a minute, at least one. */
  public int readingMinutes() {
    return readingMinutes(wordCount());
  }

  public static int readingMinutes(int words) {
    return Math.max(1, (words + 219) / 220);
  }
}
