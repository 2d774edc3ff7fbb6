package dev.gazette.site;

import dev.gazette.config.TagRules;
import dev.gazette.content.Archive;
import dev.gazette.normalize.ReadResult;
import java.util.List;

/**
 * The archive, how each file was read (for editors and the report), and the tag rules applied,
 * whose aliases get redirect pages.
 */
public record LoadedArchive(Archive archive, List<ReadResult> reads, TagRules tagRules) {
  public LoadedArchive {
    reads = List.copyOf(reads);
  }
}
