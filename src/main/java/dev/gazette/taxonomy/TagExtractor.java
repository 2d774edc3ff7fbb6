package dev.gazette.taxonomy;

import dev.gazette.content.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate tag names in one article's text: runs of capitalized words ("Prince Harry", "Duke of
 * Sussex", "Meghan Markle") with their number of mentions. A short mention ("Harry") is merged
 * into the full name ("Prince Harry") when the article has both; sentence-initial words,
 * contractions, months, weekdays and common words are never names. Which candidates become tags
 * is decided across the archive by {@link ArchiveTagger}.
 */
public final class TagExtractor {
  private static final Pattern WORD = Pattern.compile(
      "[\\p{Lu}][\\p{L}\\p{M}'’.-]*[\\p{L}\\p{M}]|[\\p{Lu}]|[\\p{Ll}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}'’-]*"
      + "|[.!?:;,\"“”()\\[\\]—–]");
  /** Lower-case words that may sit inside a name ("Duke of Sussex", "Ludwig van Beethoven"). */
  private static final Set<String> CONNECTORS = Set.of("of", "de", "da", "van", "von", "del",
      "la", "le", "du", "al", "bin");
  private static final Set<String> STOP = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "in", "on", "at", "to", "for", "of", "by",
      "with", "from", "as", "is", "it", "its", "he", "she", "they", "we", "you", "i", "his",
      "her", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here",
      "what", "when", "where", "who", "why", "how", "which", "while", "after", "before", "so",
      "no", "not", "yes", "mr", "mrs", "ms", "dr", "sir", "said", "says", "also", "however",
      "speaking", "meanwhile", "last", "next", "one", "two", "three", "new", "more",
      "most", "some", "many", "all", "both", "each", "other", "such", "only", "now", "then",
      "today", "yesterday", "tomorrow", "tonight", "according", "despite", "although", "though",
      "because", "since", "until", "during", "over", "under", "about", "into", "up", "out",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "photo", "picture", "image", "getty", "images",
      "comment", "read", "click", "share", "advertisement", "pictured", "should", "would",
      "could", "will", "can", "did", "does", "do", "was", "were", "be", "been", "has", "have",
      "had", "let", "just", "even", "still", "yet", "very", "much", "well", "first", "second",
      "another", "every", "any", "lot", "us", "them", "him", "me", "ap", "reuters", "afp",
      "pa", "bbc", "updated", "published", "date", "source", "sources", "insider");

  /**
   * Every candidate name in one article with its number of mentions, short mentions merged into
   * full names. The archive-wide decision is {@link ArchiveTagger}'s.
   */
  public Map<String, Integer> candidates(Article article) {
    Map<String, Integer> counts = countNames(article.title() + ".\n" + plain(article.body()));
    mergeShortMentions(counts);
    return counts;
  }

  static Map<String, Integer> countNames(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    List<String> run = new ArrayList<>();
    boolean sentenceStart = true;
    boolean runAtSentenceStart = false;
    while (m.find()) {
      String w = m.group();
      char c = w.charAt(0);
      if (Character.isUpperCase(c)) {
        String clean = clean(w);
        if (run.isEmpty()) {
          runAtSentenceStart = sentenceStart;
        }
        run.add(clean);
        sentenceStart = false;
        boolean possessive = w.endsWith("'s") || w.endsWith("’s");
        if (possessive) {
          flush(run, runAtSentenceStart, counts);
        } else if (w.endsWith(".") && w.length() > 2) {
          flush(run, runAtSentenceStart, counts);
          sentenceStart = true;
        }
      } else if (!run.isEmpty() && CONNECTORS.contains(w) && !w.equals("and")) {
        run.add(w);
      } else {
        flush(run, runAtSentenceStart, counts);
        sentenceStart = ".!?:;\"“”—–".indexOf(c) >= 0 || w.equals("\n");
      }
    }
    flush(run, runAtSentenceStart, counts);
    return counts;
  }

  /** "I'm", "You've", "Don't": contractions are never names. */
  private static final Pattern CONTRACTION = Pattern.compile(".*['’](?:m|re|ve|ll|d|t)$",
      Pattern.CASE_INSENSITIVE);

  private static String clean(String w) {
    if (CONTRACTION.matcher(w).matches()) {
      return "i";
    }
    String s = w;
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    }
    while (s.endsWith(".") || s.endsWith("'") || s.endsWith("’") || s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static void flush(List<String> run, boolean atSentenceStart, Map<String, Integer> out) {
    while (!run.isEmpty() && CONNECTORS.contains(run.get(run.size() - 1))) {
      run.remove(run.size() - 1);
    }
    // Drop leading common words ("The Duke of Sussex" -> "Duke of Sussex").
    while (!run.isEmpty() && STOP.contains(run.get(0).toLowerCase(Locale.ROOT))) {
      run.remove(0);
      atSentenceStart = false;
    }
    while (!run.isEmpty() && STOP.contains(run.get(run.size() - 1).toLowerCase(Locale.ROOT))) {
      run.remove(run.size() - 1);
    }
    if (!run.isEmpty()) {
      boolean single = run.size() == 1;
      String name = String.join(" ", run);
      boolean tooShort = name.length() < 3;
      if (!tooShort && !(single && atSentenceStart)) {
        out.merge(name, 1, Integer::sum);
      } else if (!tooShort && single) {
        // Sentence-initial single words count only when seen elsewhere; keep a shadow count.
        out.merge("\u0000" + name, 1, Integer::sum);
      }
    }
    run.clear();
  }

  /** "Harry" counts toward "Prince Harry" when both appear; shadow counts are resolved. */
  static void mergeShortMentions(Map<String, Integer> counts) {
    Map<String, Integer> shadows = new HashMap<>();
    counts.entrySet().removeIf(e -> {
      if (e.getKey().startsWith("\u0000")) {
        shadows.put(e.getKey().substring(1), e.getValue());
        return true;
      }
      return false;
    });
    shadows.forEach((name, n) -> counts.computeIfPresent(name, (k, v) -> v + n));
    List<String> singles = new ArrayList<>();
    for (String k : counts.keySet()) {
      if (!k.contains(" ")) {
        singles.add(k);
      }
    }
    singles.sort(null);
    for (String single : singles) {
      String best = null;
      for (String full : counts.keySet()) {
        if (full.contains(" ") && List.of(full.split(" ")).contains(single)) {
          if (best == null || counts.get(full) > counts.get(best)
              || counts.get(full).equals(counts.get(best)) && full.compareTo(best) < 0) {
            best = full;
          }
        }
      }
      if (best != null) {
        counts.merge(best, counts.remove(single), Integer::sum);
      }
    }
  }

  /** Markdown as plain text, enough for name finding: escapes and caption markers removed. */
  static String plain(String markdown) {
    return markdown.replace("[!CAPTION]", "").replaceAll("(?m)^>\\s?", "")
        .replaceAll("\\\\(\\p{Punct})", "$1");
  }
}
