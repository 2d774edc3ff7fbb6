package dev.gazette.site;

import dev.gazette.content.Archive;
import dev.gazette.normalize.ReadResult;
import java.util.List;

/** The archive and, for editors and the report, how each file was read. */
public record LoadedArchive(Archive archive, List<ReadResult> reads) {
  public LoadedArchive {
    reads = List.copyOf(reads);
  }
}
