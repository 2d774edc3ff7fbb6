package dev.gazette.quality;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.normalize.ArticleReader;
import dev.gazette.normalize.Block;
import dev.gazette.normalize.RawArticle;
import dev.gazette.normalize.ReadResult;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reads every article file of a folder, as a build would, and counts what came of it. */
public final class ImportQuality {
  private final SiteConfig config;
  private final Clock clock;

  public ImportQuality(SiteConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  public ImportFigures measure(Path root, Path contentDir) {
    return measure(new ContentWalker(root).walk(contentDir, problem -> {}));
  }

  /** Reads the listed files. */
  public ImportFigures measure(List<SourceFile> files) {
    Instant start = clock.instant();
    ArticleReader reader = new ArticleReader(config);
    List<ReadResult> reads = files.parallelStream().map(reader::read).toList();
    return count(reads, Duration.between(start, clock.instant()));
  }

  /** The figures for reads already made (by a build, say). */
  public static ImportFigures count(List<ReadResult> reads, Duration elapsed) {
    int read = 0;
    int headline = 0;
    int derived = 0;
    int summaries = 0;
    int guesses = 0;
    SortedMap<String, Integer> skipped = new TreeMap<>();
    SortedMap<String, Integer> sources = new TreeMap<>();
    SortedMap<String, Integer> confidence = new TreeMap<>();
    SortedMap<String, Integer> blocks = new TreeMap<>();
    for (ReadResult r : reads) {
      if (r.decodingGuess().isPresent()) {
        guesses++;
      }
      if (r.article().isEmpty()) {
        skipped.merge(reason(r), 1, Integer::sum);
        continue;
      }
      Article a = r.article().get();
      read++;
      boolean isDerived = r.raw().map(RawArticle::titleDerived).orElse(false);
      if (a.title().isBlank() || a.title().equals("Untitled")) {
        // counted in neither: "with title" shows the shortfall
        isDerived = false;
      } else if (isDerived) {
        derived++;
      } else {
        headline++;
      }
      if (!a.summary().isBlank()) {
        summaries++;
      }
      sources.merge(a.dateSource().key(), 1, Integer::sum);
      confidence.merge(r.dateConfidence().key(), 1, Integer::sum);
      for (Block b : r.raw().map(RawArticle::blocks).orElse(List.of())) {
        blocks.merge(kind(b), 1, Integer::sum);
      }
    }
    return new ImportFigures(reads.size(), read, skipped, headline, derived, summaries, sources,
        confidence, guesses, blocks, elapsed);
  }

  /**
   * The reason a file was skipped, without the file name, so that like reasons add up: its
   * first error, else its first warning (an empty file is left out with a warning).
   */
  private static String reason(ReadResult r) {
    return r.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
        .findFirst().or(() -> r.problems().stream().findFirst()).map(Problem::message)
        .map(ImportQuality::general).orElse("unreadable");
  }

  private static String general(String message) {
    // Numbers vary between files ("file is 17000000 bytes"); a colon would break the
    // "label: value" form.
    return message.replaceFirst(";? ?skipped$", "").replaceAll("\\d+", "N")
        .replaceAll("\\s*[:;]\\s*", ", ").strip();
  }

  private static String kind(Block b) {
    String name = b.getClass().getSimpleName();
    return name.equals("ListBlock") ? "list" : name.toLowerCase(Locale.ROOT);
  }
}
