package dev.gazette.render;

import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Where every page lives, as site-relative paths ending in {@code /} (served from
 * {@code index.html}). URLs are stable: they depend on the date, slug or tag only.
 *
 * <pre>
 *   /                      home, newest first; /page/2/ ...
 *   /2024/06/slug/         an article; /undated/slug/ for an undated one
 *   /tags/                 every tag with its count
 *   /tags/prince-harry/    one tag; /tags/prince-harry/page/2/ ...; feed.xml beside it
 *   /archive/              the timeline overview
 *   /archive/2024/         a year; /archive/2024/06/ a month; /archive/undated/
 *   /search/               full-text search in the browser (?q=words)
 * </pre>
 */
public final class UrlScheme {
  private UrlScheme() {}

  public static String article(Article a) {
    if (a.date().isEmpty()) {
      return "undated/" + a.slug().value() + "/";
    }
    LocalDate d = a.date().get();
    return digits(d.getYear(), 4) + "/" + digits(d.getMonthValue(), 2) + "/" + a.slug().value()
        + "/";
  }

  public static String home(int page) {
    return paged("", page);
  }

  public static String tags() {
    return "tags/";
  }

  public static String tag(Tag tag, int page) {
    return paged("tags/" + tag.slug().value() + "/", page);
  }

  public static String tagFeed(Tag tag) {
    return "tags/" + tag.slug().value() + "/feed.xml";
  }

  public static String search() {
    return "search/";
  }

  public static String feed() {
    return "feed.xml";
  }

  public static String archive() {
    return "archive/";
  }

  public static String year(int year, int page) {
    return paged("archive/" + digits(year, 4) + "/", page);
  }

  public static String month(YearMonth month, int page) {
    return paged("archive/" + digits(month.getYear(), 4) + "/" + digits(month.getMonthValue(), 2)
        + "/", page);
  }

  public static String undated(int page) {
    return paged("archive/undated/", page);
  }

  /** {@code n} zero-padded to {@code width} digits, as {@code %0Nd} would (called per link). */
  static String digits(int n, int width) {
    String s = Integer.toString(Math.abs(n));
    StringBuilder b = new StringBuilder(width + 1);
    if (n < 0) {
      b.append('-');
      width--;
    }
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  static String paged(String first, int page) {
    return page <= 1 ? first : first + "page/" + page + "/";
  }

  /** The file a page path is written to. */
  public static String file(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }
}
