package dev.gazette.render;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import dev.gazette.markdown.MarkdownRenderer;
import dev.gazette.render.PageData.Paging;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Template variables, built from page data. Every key is always present (null when empty), so
 * templates run with strict variables. The README lists these names.
 */
final class Views {
  private final SiteConfig config;
  private final MarkdownRenderer markdown;
  /** Where problems found while rendering article bodies go (the build's problem list). */
  private final Consumer<Problem> problems;
  private final DateTimeFormatter dayFormat;
  private final Map<String, Object> site;
  /**
   * Each article's list entry, made once: an article appears on many list pages (home, its tags,
   * year, month) and as a neighbour or related article. Keyed by the article itself, so an edited
   * article never meets its old entry. Entries are read-only maps.
   */
  private final Map<Article, Map<String, Object>> cards = new ConcurrentHashMap<>();
  /** Each tag's link as listed on an article (no count), made once. */
  private final Map<Tag, Map<String, Object>> tagLinks = new ConcurrentHashMap<>();

  Views(SiteConfig config, MarkdownRenderer markdown, Consumer<Problem> problems) {
    this.config = config;
    this.markdown = markdown;
    this.problems = problems;
    this.dayFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", config.locale());
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("title", config.title());
    s.put("description", config.description());
    s.put("language", config.language());
    s.put("author", config.author());
    s.put("base", config.baseUrl().path());
    s.put("homeUrl", link(""));
    s.put("tagsUrl", link(UrlScheme.tags()));
    // Empty for a site without search: the theme then leaves the search box out.
    s.put("searchUrl", config.search() ? link(UrlScheme.search()) : "");
    s.put("archiveUrl", link(UrlScheme.archive()));
    s.put("feedUrl", link(UrlScheme.feed()));
    site = Map.copyOf(nullSafe(s));
  }

  String link(String path) {
    return config.baseUrl().link(path);
  }

  Map<String, Object> context(Page page, String kind, String title) {
    Map<String, Object> c = new HashMap<>();
    c.put("site", site);
    Map<String, Object> p = new HashMap<>();
    p.put("kind", kind);
    p.put("title", title);
    p.put("url", link(page.path()));
    p.put("canonical", config.baseUrl().absolute(page.path()));
    // OpenGraph needs an absolute URL; with only a path known there is none to give.
    p.put("absoluteUrl", config.baseUrl().origin().isEmpty() ? null
        : config.baseUrl().absolute(page.path()));
    p.put("feedUrl", null);
    c.put("page", p);
    // One line per article (title and date) instead of a card: lists that only repeat what
    // the home and month pages show in full, such as a tag's, cost a third of the bytes.
    c.put("compact", false);
    return c;
  }

  Map<String, Object> card(Article a) {
    return cards.computeIfAbsent(a, this::newCard);
  }

  private Map<String, Object> newCard(Article a) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", a.title());
    m.put("url", link(UrlScheme.article(a)));
    m.put("date", a.date().map(dayFormat::format).orElse(null));
    m.put("dateIso", a.date().map(LocalDate::toString).orElse(null));
    m.put("dated", a.isDated());
    m.put("dateSource", a.dateSource().key());
    m.put("dateInferred", a.dateSource() == DateSource.INFERRED);
    m.put("summary", a.summary());
    int count = a.wordCount();
    m.put("readingMinutes", Article.readingMinutes(count));
    m.put("wordCount", count);
    List<Map<String, Object>> tags = new ArrayList<>(a.tags().size());
    for (Tag t : a.tags()) {
      tags.add(tagLinks.computeIfAbsent(t, k -> Collections.unmodifiableMap(tag(k, null))));
    }
    m.put("tags", Collections.unmodifiableList(tags));
    return Collections.unmodifiableMap(m);
  }

  Map<String, Object> fullArticle(PageData.ArticleView v) {
    Map<String, Object> m = new HashMap<>(card(v.article()));
    Article a = v.article();
    MarkdownRenderer.Rendered body = markdown.render(a.body(), a.source(), a.bodyLine());
    body.problems().forEach(problems);
    m.put("bodyHtml", body.html());
    m.put("source", v.article().source());
    m.put("newer", v.newer().map(this::card).orElse(null));
    m.put("older", v.older().map(this::card).orElse(null));
    m.put("related", v.related().stream().map(this::card).toList());
    m.put("coverage", v.coverage().stream().map(this::card).toList());
    m.put("storyOthers", v.storyOthers());
    m.put("description", description(a.summary()));
    m.put("tagNames", a.tags().stream().map(Tag::name).toList());
    m.put("yearUrl", a.date().map(d -> link(UrlScheme.year(d.getYear(), 1))).orElse(null));
    m.put("year", a.date().map(LocalDate::getYear).orElse(null));
    m.put("monthUrl", a.date().map(d -> link(UrlScheme.month(YearMonth.from(d), 1)))
        .orElse(null));
    m.put("monthName", a.date().map(d -> d.getMonth()
        .getDisplayName(TextStyle.FULL_STANDALONE, config.locale())).orElse(null));
    m.put("undatedUrl", link(UrlScheme.undated(1)));
    m.put("jsonLd", jsonLd(a));
    return m;
  }

  /** schema.org NewsArticle: what search engines read about an article. */
  private String jsonLd(Article a) {
    JsonLd j = new JsonLd().put("@context", "https://schema.org").put("@type", "NewsArticle")
        .put("headline", a.title())
        .put("datePublished", a.date().map(LocalDate::toString).orElse(null))
        .put("keywords", a.tags().stream().map(Tag::name).toList());
    if (!config.baseUrl().origin().isEmpty()) {
      j.put("url", config.baseUrl().absolute(UrlScheme.article(a)));
    }
    if (!config.author().isEmpty()) {
      j.put("author", new JsonLd().put("@type", "Person").put("name", config.author()));
    }
    j.put("publisher", new JsonLd().put("@type", "Organization").put("name", config.title()));
    return j.toString();
  }

  /** The summary cut at a word near 200 characters: what a search result or a card shows. */
  static String description(String summary) {
    String s = summary.strip();
    if (s.length() <= 200) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 197);
    return s.substring(0, cut > 100 ? cut : 197).stripTrailing() + "…";
  }

  Map<String, Object> tag(Tag t, Integer count) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", t.name());
    m.put("slug", t.slug().value());
    m.put("url", link(UrlScheme.tag(t, 1)));
    m.put("feedUrl", link(UrlScheme.tagFeed(t)));
    m.put("count", count);
    return m;
  }

  String day(LocalDate d) {
    return dayFormat.format(d);
  }

  /**
   * The most used tags, in that order, each with a weight 1–5 by where its count lies between
   * the least and the most used tag shown.
   */
  List<Map<String, Object>> tagCloud(List<PageData.TagCount> top) {
    int max = top.stream().mapToInt(PageData.TagCount::count).max().orElse(1);
    int min = top.stream().mapToInt(PageData.TagCount::count).min().orElse(1);
    List<Map<String, Object>> out = new ArrayList<>();
    for (PageData.TagCount t : top) {
      Map<String, Object> m = tag(t.tag(), t.count());
      m.put("weight", cloudWeight(t.count(), min, max));
      out.add(m);
    }
    return out;
  }

  /**
   * 1–5 on a log scale from {@code min} to {@code max}; 3 when all are equal. The scale starts
   * at the smallest count shown, not at zero: the 100 most used of 8,000 tags lie within about
   * 12× of each other, and measured from zero they all came out 4 or 5 (22 and 78 at 10,000
   * articles), so the cloud showed two sizes.
   */
  static int cloudWeight(int count, int min, int max) {
    if (max <= min) {
      return 3;
    }
    double share = Math.log((double) count / min) / Math.log((double) max / min);
    return 1 + (int) Math.min(4, Math.floor(share * 5));
  }

  /** Tags A–Z under their letters, each group with an id for the letter bar's anchors. */
  List<Map<String, Object>> letterGroups(List<PageData.TagCount> tags) {
    Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
    for (PageData.TagCount t : tags) {
      groups.computeIfAbsent(UrlScheme.tagLetter(t.tag()), k -> new ArrayList<>())
          .add(tag(t.tag(), t.count()));
    }
    List<Map<String, Object>> out = new ArrayList<>();
    groups.forEach((key, list) -> out.add(Map.of("key", key, "label",
        UrlScheme.letterLabel(key), "tags", list)));
    return out;
  }

  /** Runs of at least this many years without articles are drawn as one line, not a row each. */
  static final int GAP_YEARS = 3;

  /**
   * A row of the timeline: a year from {@code newest} to {@code oldest} (the same year) with
   * its {@code counts}, or with none when it has no article, or a run of empty years.
   */
  record TimelineRow(int newest, int oldest, PageData.YearCount counts) {}

  /**
   * The years newest first with the years between them that have no article: one empty row
   * each, or one line for a run of {@link #GAP_YEARS} or more, so a pause in the archive shows
   * and a stray date centuries off adds one line, not hundreds.
   */
  static List<TimelineRow> timelineRows(List<PageData.YearCount> years) {
    List<TimelineRow> rows = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      PageData.YearCount y = years.get(i);
      if (i > 0) {
        int newest = years.get(i - 1).year() - 1;
        int oldest = y.year() + 1;
        if (newest - oldest + 1 >= GAP_YEARS) {
          rows.add(new TimelineRow(newest, oldest, null));
        } else {
          for (int e = newest; e >= oldest; e--) {
            rows.add(new TimelineRow(e, e, null));
          }
        }
      }
      rows.add(new TimelineRow(y.year(), y.year(), y));
    }
    return rows;
  }

  /**
   * Years × months as an SVG grid drawn at build time: one row per year (newest on top, the
   * years without articles between them too, see {@link #timelineRows}), one cell per month,
   * darker with more articles; each month with articles links to its page and titles its
   * count. Scales with its container, so it fits a 360 px phone.
   */
  String timelineSvg(List<PageData.YearCount> years, boolean oneYear) {
    int label = oneYear ? 0 : 46;
    int cell = 28;
    int row = 26;
    int head = 16;
    int width = label + 12 * cell;
    List<TimelineRow> rows = oneYear ? years.stream()
        .map(y -> new TimelineRow(y.year(), y.year(), y)).toList() : timelineRows(years);
    int height = head + rows.size() * row;
    int max = 1;
    for (PageData.YearCount y : years) {
      for (PageData.MonthCount m : y.months()) {
        max = Math.max(max, m.count());
      }
    }
    StringBuilder b = new StringBuilder(years.size() * 1600 + 400);
    b.append("<svg class=\"timeline\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" aria-labelledby=\"timeline-title\">")
        .append("<title id=\"timeline-title\">Articles per month</title>");
    for (int mo = 1; mo <= 12; mo++) {
      String name = java.time.Month.of(mo).getDisplayName(TextStyle.SHORT_STANDALONE,
          config.locale());
      b.append("<text class=\"mh\" x=\"").append(label + (mo - 1) * cell + cell / 2)
          .append("\" y=\"11\">").append(XmlWriter.escape(oneYear ? name
              : name.substring(0, Math.min(1, name.length())))).append("</text>");
    }
    for (int i = 0; i < rows.size(); i++) {
      TimelineRow r = rows.get(i);
      int top = head + i * row;
      if (r.newest() != r.oldest()) {
        b.append("<text class=\"gap\" x=\"0\" y=\"").append(top + 17).append("\">")
            .append(r.oldest()).append("–").append(r.newest()).append(": no articles</text>");
        continue;
      }
      if (r.counts() == null) {
        b.append("<text class=\"ye\" x=\"0\" y=\"").append(top + 18).append("\">")
            .append(r.newest()).append("</text>");
        for (int mo = 1; mo <= 12; mo++) {
          b.append(cellRect(label + (mo - 1) * cell, top, cell, row, 0));
        }
        continue;
      }
      PageData.YearCount y = r.counts();
      if (!oneYear) {
        b.append("<a href=\"").append(XmlWriter.escape(link(UrlScheme.year(y.year(), 1))))
            .append("\"><title>").append(y.year()).append(": ").append(y.count())
            .append(y.count() == 1 ? " article" : " articles").append("</title><text class=\"yl\" x=\"0\" y=\"")
            .append(top + 18).append("\">").append(y.year()).append("</text></a>");
      }
      Map<Integer, Integer> counts = new HashMap<>();
      y.months().forEach(m -> counts.put(m.month().getMonthValue(), m.count()));
      for (int mo = 1; mo <= 12; mo++) {
        int n = counts.getOrDefault(mo, 0);
        int x = label + (mo - 1) * cell;
        String rect = cellRect(x, top, cell, row, level(n, max));
        if (n == 0) {
          b.append(rect);
          continue;
        }
        YearMonth ym = YearMonth.of(y.year(), mo);
        b.append("<a href=\"").append(XmlWriter.escape(link(UrlScheme.month(ym, 1))))
            .append("\"><title>").append(XmlWriter.escape(monthTitle(ym))).append(": ")
            .append(n).append(n == 1 ? " article" : " articles").append("</title>")
            .append(rect).append("</a>");
      }
    }
    return b.append("</svg>").toString();
  }

  private static String cellRect(int x, int top, int cell, int row, int level) {
    return "<rect x=\"" + (x + 1) + "\" y=\"" + (top + 1) + "\" width=\"" + (cell - 2)
        + "\" height=\"" + (row - 2) + "\" rx=\"3\" class=\"c" + level + "\"/>";
  }

  /** 0 for an empty month, else 1–4 by the square root of its share of the busiest month. */
  static int level(int count, int max) {
    if (count == 0) {
      return 0;
    }
    return Math.max(1, Math.min(4, (int) Math.ceil(4 * Math.sqrt((double) count / max))));
  }

  List<Map<String, Object>> cards(List<Article> items) {
    return items.stream().map(this::card).toList();
  }

  Map<String, Object> month(YearMonth ym, int count) {
    Map<String, Object> m = new HashMap<>();
    m.put("year", ym.getYear());
    m.put("month", ym.getMonthValue());
    m.put("name", ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, config.locale()));
    m.put("title", monthTitle(ym));
    m.put("count", count);
    m.put("url", link(UrlScheme.month(ym, 1)));
    return m;
  }

  String monthTitle(YearMonth ym) {
    return ym.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, config.locale()) + " "
        + ym.getYear();
  }

  /** Previous/next links and a window of page numbers around the current one. */
  Map<String, Object> paging(Paging p) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", p.number());
    m.put("count", p.count());
    m.put("start", p.offset() + 1);
    m.put("prevUrl", p.number() > 1 ? link(UrlScheme.paged(p.firstPath(), p.number() - 1))
        : null);
    m.put("nextUrl", p.number() < p.count()
        ? link(UrlScheme.paged(p.firstPath(), p.number() + 1)) : null);
    List<Map<String, Object>> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= p.count(); n++) {
      boolean show = n == 1 || n == p.count() || Math.abs(n - p.number()) <= 2;
      if (!show) {
        continue;
      }
      if (last > 0 && n > last + 1) {
        links.add(pageLink(null, null, false));
      }
      links.add(pageLink(n, link(UrlScheme.paged(p.firstPath(), n)), n == p.number()));
      last = n;
    }
    m.put("links", links);
    return m;
  }

  private static Map<String, Object> pageLink(Integer n, String url, boolean current) {
    Map<String, Object> m = new HashMap<>();
    m.put("number", n);
    m.put("url", url);
    m.put("current", current);
    m.put("gap", n == null);
    return m;
  }

  private static Map<String, Object> nullSafe(Map<String, Object> m) {
    m.replaceAll((k, v) -> v == null ? "" : v);
    return m;
  }
}
