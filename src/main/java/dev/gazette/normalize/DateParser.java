package dev.gazette.normalize;

import dev.gazette.config.SiteConfig.DateOrder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import dev.gazette.content.DateConfidence;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
  // For scanning whole texts. Every full date holds a four-digit year, so the text is scanned
  // for those (no regex) and the date forms are tried only around each: ISO forms start at the
  // year, the others end with it.
  private static final int BEFORE_YEAR = 40;
  private static final Pattern DAY_MONTH_YEAR_ENDING = Pattern.compile(
      "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR_ENDING = Pattern.compile(
      "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMERIC_ENDING = Pattern.compile(NUMERIC.pattern() + "$");
  private static final Pattern LABEL = Pattern.compile(
      "^\\s*(?:date|dated|published(?:\\s+on)?|posted(?:\\s+on)?|first\\s+published"
      + "(?:\\s+on)?|updated(?:\\s+on)?)\\s*[:\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);
  /** A time of day after a header date: "June 23, 2024, 10:00 am BST". */
  private static final Pattern TIME_TAIL = Pattern.compile(
      "^,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
      + "(?:\\s+(?:[A-Z]{2,4}|UTC[+-]\\d{1,2}))?(?=$|\\s|[|\\-–—,])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "(?=[tyl])\\b(?:(the\\s+day\\s+before\\s+yesterday)|(yesterday)|(today)|(tomorrow)"
      + "|last\\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_NO_YEAR = Pattern.compile(
      "(?=[\\dJFMASONDjfmasond])\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
      + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?![\\s,]*\\d)",
      Pattern.CASE_INSENSITIVE);
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
    Matcher time = TIME_TAIL.matcher(rest);
    if (time.lookingAt()) {
      rest = rest.substring(time.end());
    }
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

  /** A date inferred from the text, and how sure the guess is. */
  public record Inferred(LocalDate date, DateConfidence confidence) {}

  /**
   * The latest full date the text mentions (day, month and year written out). A text naming one
   * date is a fair guess; one naming several gives a weaker one. Relative phrases ("yesterday",
   * "last Tuesday") and dates without a year count only when a reference date is given: without
   * one there is nothing to resolve them against, and a date is never made up.
   */
  public Optional<Inferred> infer(String text, Optional<LocalDate> reference) {
    List<LocalDate> full = fullDatesIn(text);
    List<LocalDate> relative = reference.map(r -> relativeDatesIn(text, r)).orElse(List.of());
    Optional<LocalDate> latestFull = full.stream().max(Comparator.naturalOrder());
    Optional<LocalDate> latestRelative = relative.stream().max(Comparator.naturalOrder());
    if (latestFull.isEmpty() && latestRelative.isEmpty()) {
      return Optional.empty();
    }
    if (latestRelative.isPresent()
        && (latestFull.isEmpty() || latestRelative.get().isAfter(latestFull.get()))) {
      return Optional.of(new Inferred(latestRelative.get(), DateConfidence.LOW));
    }
    long distinct = full.stream().distinct().count();
    // A year mentioned later than the date ("in 1953 ... now, in 2004") shows the date is
    // history the article recalls, not the day it was written.
    boolean laterYear = latestYear(text) > latestFull.get().getYear();
    return Optional.of(new Inferred(latestFull.get(),
        distinct == 1 && !laterYear ? DateConfidence.MEDIUM : DateConfidence.LOW));
  }

  /** The latest year (1600 to 2099) written as a word of its own: not 3,2004 or 1.2004. */
  private static int latestYear(String text) {
    int latest = 0;
    for (int[] run : fourDigitRuns(text)) {
      int start = run[0];
      int end = run[1];
      char before = start > 0 ? text.charAt(start - 1) : ' ';
      boolean joined = ".,/-".indexOf(before) >= 0 || end + 1 < text.length()
          && ".,/-".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1));
      int year = Integer.parseInt(text, start, end, 10);
      if (!joined && year >= 1600 && year <= 2099) {
        latest = Math.max(latest, year);
      }
    }
    return latest;
  }

  /** Start and end of every run of exactly four ASCII digits. */
  private static List<int[]> fourDigitRuns(String text) {
    List<int[]> runs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (isAsciiDigit(text.charAt(i))) {
        int j = i;
        while (j < n && isAsciiDigit(text.charAt(j))) {
          j++;
        }
        if (j - i == 4) {
          runs.add(new int[] {i, j});
        }
        i = j;
      } else {
        i++;
      }
    }
    return runs;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Every full date written anywhere in the text, in the order found. */
  public List<LocalDate> fullDatesIn(String text) {
    List<LocalDate> found = new ArrayList<>();
    for (int[] run : fourDigitRuns(text)) {
      int ys = run[0];
      int ye = run[1];
      Matcher iso = ISO.matcher(text).region(ys, Math.min(text.length(), ys + 40));
      if (iso.lookingAt() && standsAlone(text, ys, iso.end())) {
        isoDate(iso).ifPresent(found::add);
        continue;
      }
      if (ye < text.length() && Character.isLetterOrDigit(text.charAt(ye))) {
        continue;
      }
      int from = Math.max(0, ys - BEFORE_YEAR);
      Matcher dmy = DAY_MONTH_YEAR_ENDING.matcher(text).region(from, ye);
      if (dmy.find() && standsAlone(text, dmy.start(), ye)) {
        date(dmy.group(3), String.valueOf(MONTHS.get(monthKey(dmy.group(2)))), dmy.group(1))
            .ifPresent(found::add);
        continue;
      }
      Matcher mdy = MONTH_DAY_YEAR_ENDING.matcher(text).region(from, ye);
      if (mdy.find() && standsAlone(text, mdy.start(), ye)) {
        date(mdy.group(3), String.valueOf(MONTHS.get(monthKey(mdy.group(1)))), mdy.group(2))
            .ifPresent(found::add);
        continue;
      }
      Matcher num = NUMERIC_ENDING.matcher(text).region(from, ye);
      if (num.find() && standsAlone(text, num.start(), ye)) {
        String day = order == DateOrder.DMY ? num.group(1) : num.group(2);
        String month = order == DateOrder.DMY ? num.group(2) : num.group(1);
        date(num.group(3), month, day).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * Dates named relative to a reference: "today", "yesterday", "last Tuesday" (the one before
   * the reference day), and day-and-month without a year ("on January 29": the latest such day
   * not after the reference).
   */
  public List<LocalDate> relativeDatesIn(String text, LocalDate reference) {
    List<LocalDate> found = new ArrayList<>();
    Matcher m = RELATIVE.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        found.add(reference.minusDays(2));
      } else if (m.group(2) != null) {
        found.add(reference.minusDays(1));
      } else if (m.group(3) != null) {
        found.add(reference);
      } else if (m.group(4) != null) {
        found.add(reference.plusDays(1));
      } else {
        DayOfWeek day = DayOfWeek.valueOf(m.group(5).toUpperCase(Locale.ROOT));
        found.add(reference.minusDays(1).with(TemporalAdjusters.previousOrSame(day)));
      }
    }
    Matcher md = MONTH_DAY_NO_YEAR.matcher(text);
    while (md.find()) {
      String dayText = md.group(1) != null ? md.group(1) : md.group(4);
      String monthText = md.group(1) != null ? md.group(2) : md.group(3);
      int month = MONTHS.get(monthKey(monthText));
      int day = Integer.parseInt(dayText);
      Optional<LocalDate> same = date(String.valueOf(reference.getYear()),
          String.valueOf(month), String.valueOf(day));
      if (same.isPresent()) {
        found.add(same.get().isAfter(reference) ? same.get().minusYears(1) : same.get());
      }
    }
    return found;
  }

  private static boolean standsAlone(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
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
        LocalDate day = t.atZoneSameInstant(zone).toLocalDate();
        // 9999-12-31T23:59-12:00 is in year 10000 at UTC, which no feed date can write.
        return day.getYear() > 9999 ? Optional.empty() : Optional.of(day);
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
