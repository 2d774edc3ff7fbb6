package dev.gazette.normalize;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.source.SourceFile;
import dev.gazette.source.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Normalizes one raw file the way {@code normalize} does, reads the Markdown back, and checks the
 * two promises: no non-blank source line is lost, and normalizing again changes nothing.
 */
final class Roundtrip {
  private final SiteConfig config = SiteConfig.defaults();
  private final ArticleReader reader = new ArticleReader(config);
  private final DateParser dates = new DateParser(config.dateOrder(), config.timeZone());
  private final NormalizedFile files = new NormalizedFile();
  private final Path work;

  /** @param work a scratch folder for the Markdown written back */
  Roundtrip(Path work) {
    this.work = work;
  }

  /** What went wrong with one file; empty when both promises hold. */
  List<String> check(SourceFile raw) {
    List<String> failures = new ArrayList<>();
    ReadResult first = reader.read(raw);
    String text;
    try {
      text = new TextDecoder().decode(Files.readAllBytes(raw.path())).text();
    } catch (TextDecoder.NotTextException e) {
      if (first.article().isPresent()) {
        failures.add(raw.name() + ": not text, yet read as an article");
      }
      return failures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = List.of(TextCleaner.clean(text).split("\n"));
    if (first.article().isEmpty()) {
      for (String line : lines) {
        if (!tokens(line).isEmpty() && dates.parseLeading(line).isEmpty()) {
          failures.add(raw.name() + ": skipped although it has text: " + line);
          break;
        }
      }
      return failures;
    }
    String md = files.render(first.article().get(), raw.path().getFileName().toString(),
        first.dateConfidence());
    String haystack = " " + String.join(" ", tokens(md)) + " ";
    Optional<LocalDate> date = first.article().get().date();
    for (String line : lines) {
      String kept = line;
      Optional<DateParser.Leading> header = dates.parseLeading(line);
      if (header.isPresent() && date.isPresent() && header.get().date().equals(date.get())) {
        kept = header.get().rest(); // the date itself is kept as the article's date
      }
      List<String> words = tokens(kept);
      if (!words.isEmpty() && !haystack.contains(" " + String.join(" ", words) + " ")) {
        failures.add(raw.name() + ": line lost: " + line);
      }
    }
    try {
      Path mdFile = work.resolve(raw.baseName() + ".md");
      Files.writeString(mdFile, md, StandardCharsets.UTF_8);
      ReadResult again = reader.read(new SourceFile(mdFile, raw.baseName() + ".md"));
      if (again.article().isEmpty()) {
        failures.add(raw.name() + ": its Markdown cannot be read back: " + again.problems());
        return failures;
      }
      // Read back, the article is the same; only the hash of its file differs, since the
      // Markdown file is now the source: take the raw file's hash to compare the rest.
      Article a = again.article().get();
      Article back = new Article(a.source(), a.slug(), a.title(), a.date(), a.dateSource(),
          a.tags(), a.summary(), a.body(), a.draft(), first.article().get().sourceHash());
      String twice = files.render(back, raw.path().getFileName().toString(),
          again.dateConfidence());
      if (!twice.equals(md)) {
        failures.add(raw.name() + ": normalizing twice changed it:\n" + md + "\n---- vs ----\n"
            + twice);
      }
      Files.delete(mdFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return failures;
  }

  /** Words and numbers, lower case: what a reader would call the text of a line. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        out.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
