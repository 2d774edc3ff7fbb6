package dev.gazette.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What importing a folder gave.
 *
 * @param files article files found
 * @param read files that became an article
 * @param skipped why the others were skipped, reason to count
 * @param headlineTitles titles taken from a headline or front matter
 * @param derivedTitles titles made from the lede because the file had no headline
 * @param withSummary articles with a non-empty summary
 * @param dateSources date source key ({@code header}, {@code inferred}, ...) to count
 * @param dateConfidence confidence key to count
 * @param decodingGuesses files whose encoding was guessed or that carried U+FFFD
 * @param blocks block kind to count over all raw articles
 * @param elapsed wall time of the whole run
 */
public record ImportFigures(
    int files,
    int read,
    SortedMap<String, Integer> skipped,
    int headlineTitles,
    int derivedTitles,
    int withSummary,
    SortedMap<String, Integer> dateSources,
    SortedMap<String, Integer> dateConfidence,
    int decodingGuesses,
    SortedMap<String, Integer> blocks,
    Duration elapsed) {

  public ImportFigures {
    skipped = new TreeMap<>(skipped);
    dateSources = new TreeMap<>(dateSources);
    dateConfidence = new TreeMap<>(dateConfidence);
    blocks = new TreeMap<>(blocks);
  }

  /** The figures as {@code label: value} lines, in a fixed order. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add("files: " + files);
    out.add("articles read: " + read);
    out.add("skipped: " + (files - read));
    for (Map.Entry<String, Integer> e : skipped.entrySet()) {
      out.add("skipped (" + e.getKey() + "): " + e.getValue());
    }
    out.add("with title: " + percent(headlineTitles + derivedTitles, read));
    out.add("title from headline or front matter: " + headlineTitles);
    out.add("title derived from text: " + derivedTitles);
    out.add("with summary: " + percent(withSummary, read));
    for (Map.Entry<String, Integer> e : dateSources.entrySet()) {
      out.add("date source " + e.getKey() + ": " + e.getValue());
    }
    for (Map.Entry<String, Integer> e : dateConfidence.entrySet()) {
      out.add("date confidence " + e.getKey() + ": " + e.getValue());
    }
    out.add("encoding guessed: " + decodingGuesses);
    for (Map.Entry<String, Integer> e : blocks.entrySet()) {
      out.add("blocks " + e.getKey() + ": " + e.getValue());
    }
    out.add("time: " + elapsed.toMillis() + " ms");
    return out;
  }

  private static String percent(int part, int whole) {
    if (whole == 0) {
      return "0 of 0";
    }
    return String.format(java.util.Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * part / whole, part,
        whole);
  }
}
