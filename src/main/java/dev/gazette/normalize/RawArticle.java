package dev.gazette.normalize;

import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the raw-text parser recognized in one file.
 *
 * @param titleDerived true when the file had no headline and the title was made from the lede
 */
public record RawArticle(
    String title,
    boolean titleDerived,
    Optional<LocalDate> date,
    DateSource dateSource,
    DateConfidence dateConfidence,
    List<Block> blocks,
    String summary) {

  public RawArticle {
    blocks = List.copyOf(blocks);
  }
}
