package dev.gazette.normalize;

import dev.gazette.config.SiteConfig.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date forms people write: ISO dates and timestamps, day-month-year words, numeric dates. */
public final class DateParser {
  static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2),
      Map.entry("february", 2), Map.entry("mar", 3), Map.entry("march", 3),
      Map.entry("apr", 4), Map.entry("april", 4), Map.entry("may", 5), Map.entry("jun", 6),
      Map.entry("june", 6), Map.entry("jul", 7), Map.entry("july", 7), Map.entry("aug", 8),
      Map.entry("august", 8), Map.entry("sep", 9), Map.entry("sept", 9),
      Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12),
      Map.entry("december", 12));

  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
      + "|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?"
      + "|sun)(?:day)?\\.?,?\\s+)?";
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
      + "(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC = Pattern.compile(
      "(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:date|dated|published(?:\\s+on)?|posted(?:\\s+on)?|first\\s+published"
      + "(?:\\s+on)?|updated(?:\\s+on)?)\\s*[:\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE_NAME = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[-_ .])");

  private final DateOrder order;
  private final ZoneId zone;

  public DateParser(DateOrder order, ZoneId zone) {
    this.order = order;
    this.zone = zone;
  }

  /** A date found at the start of a line, and the text after it. */
  public record Leading(LocalDate date, String rest) {}

  /** A whole value that is one date, such as a front-matter string. */
  public Optional<LocalDate> parseValue(String value) {
    String v = value.strip();
    Optional<Match> m = matchAt(v, 0);
    if (m.isPresent() && v.substring(m.get().end).isBlank()) {
      return Optional.of(m.get().date);
    }
    return Optional.empty();
  }

  /**
   * A date written as a header at the start of a line: {@code date 2024-06-23 text},
   * {@code Published: June 23, 2024}; a bare date counts only when it stands alone or is
   * followed by a separator, so a sentence that begins with a date is left alone.
   */
  public Optional<Leading> parseLeading(String line) {
    String s = line.strip();
    Matcher label = LABEL.matcher(s);
    boolean labelled = label.find() && label.end() > 0;
    int start = labelled ? label.end() : 0;
    Optional<Match> m = matchAt(s, start);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    String rest = s.substring(m.get().end);
    if (!labelled) {
      String trimmed = rest.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("|") && !trimmed.startsWith("-")
          && !trimmed.startsWith("–") && !trimmed.startsWith("—")) {
        return Optional.empty();
      }
    } else if (!rest.isEmpty() && Character.isLetterOrDigit(rest.charAt(0))) {
      return Optional.empty();
    }
    rest = rest.strip().replaceFirst("^[|\\-–—:,]\\s*", "");
    return Optional.of(new Leading(m.get().date, rest));
  }

  /** A date that starts a file name: {@code 2024-06-23-title.txt}. */
  public static Optional<LocalDate> fromFileName(String baseName) {
    Matcher m = FILE_NAME.matcher(baseName);
    if (!m.find()) {
      return Optional.empty();
    }
    return date(m.group(1), m.group(2), m.group(3));
  }

  private record Match(LocalDate date, int end) {}

  private Optional<Match> matchAt(String s, int start) {
    Matcher iso = ISO.matcher(s).region(start, s.length());
    if (iso.lookingAt()) {
      return isoDate(iso).map(d -> new Match(d, iso.end()));
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(s).region(start, s.length());
    if (dmy.lookingAt()) {
      return date(dmy.group(3), String.valueOf(MONTHS.get(monthKey(dmy.group(2)))),
          dmy.group(1)).map(d -> new Match(d, dmy.end()));
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(s).region(start, s.length());
    if (mdy.lookingAt()) {
      return date(mdy.group(3), String.valueOf(MONTHS.get(monthKey(mdy.group(1)))),
          mdy.group(2)).map(d -> new Match(d, mdy.end()));
    }
    Matcher num = NUMERIC.matcher(s).region(start, s.length());
    if (num.lookingAt()) {
      String day = order == DateOrder.DMY ? num.group(1) : num.group(2);
      String month = order == DateOrder.DMY ? num.group(2) : num.group(1);
      return date(num.group(3), month, day).map(d -> new Match(d, num.end()));
    }
    return Optional.empty();
  }

  private Optional<LocalDate> isoDate(Matcher iso) {
    if (iso.group(7) != null) {
      String text = iso.group();
      try {
        String normalized = text.replace(' ', 'T');
        if (normalized.matches(".*[+-]\\d{4}$")) {
          normalized = normalized.substring(0, normalized.length() - 2) + ":"
              + normalized.substring(normalized.length() - 2);
        }
        if (normalized.length() == 16 + (normalized.endsWith("Z") ? 1 : 6)) {
          normalized = normalized.replaceFirst("(T\\d{2}:\\d{2})", "$1:00");
        }
        OffsetDateTime t = OffsetDateTime.parse(normalized);
        ZonedDateTime local = t.atZoneSameInstant(zone);
        return Optional.of(local.toLocalDate());
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return date(iso.group(1), iso.group(2), iso.group(3));
  }

  static String monthKey(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    return MONTHS.containsKey(w) ? w : w.substring(0, 3);
  }

  private static Optional<LocalDate> date(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m),
          Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
