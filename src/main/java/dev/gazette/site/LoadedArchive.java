package dev.gazette.site;

import dev.gazette.config.TagRules;
import dev.gazette.content.Archive;
import dev.gazette.normalize.ReadResult;
import dev.gazette.taxonomy.SavedTagging;
import java.util.List;

/**
 * The archive, how each file was read (for editors and the report), the tag rules applied,
 * whose aliases get redirect pages, and what the tagging leaves for the next build to save
 * ({@code null} when it was not asked to).
 */
public record LoadedArchive(Archive archive, List<ReadResult> reads, TagRules tagRules,
    SavedTagging tagging) {
  public LoadedArchive {
    reads = List.copyOf(reads);
  }
}
