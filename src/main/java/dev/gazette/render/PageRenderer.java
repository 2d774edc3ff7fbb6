package dev.gazette.render;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.markdown.MarkdownLimits;
import dev.gazette.markdown.MarkdownRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Turns one planned page into bytes: HTML through the Pebble theme, feeds and sitemaps through
 * Java. Thread-safe; one instance renders every page of a build.
 */
public final class PageRenderer {
  /** The templates every theme provides; checked before the first page is rendered. */
  public static final List<String> TEMPLATES = List.of("base", "home", "article", "tags", "tag",
      "archive", "year", "month", "undated", "search", "404");

  /** Where {@code dev.gazette.search} writes its manifest, read by the search page's script. */
  static final String SEARCH_INDEX = "search/index.json";

  /** The "updated" of a feed with no entry, which has no article date to give. */
  static final String NO_ENTRY_UPDATED = "1970-01-01T00:00:00Z";

  private final SiteConfig config;
  private final TemplateEngine templates;
  private final Views views;
  /** Feed entries by article: an article is in the site's feed and in a feed per tag. */
  private final Map<Article, String> entries = new ConcurrentHashMap<>();

  /** Problems found in article bodies while rendering are dropped. */
  public PageRenderer(SiteConfig config, Path templatesDir) {
    this(config, templatesDir, problem -> {});
  }

  /** @param problems receives what rendering finds wrong with article bodies (named by file) */
  public PageRenderer(SiteConfig config, Path templatesDir, Consumer<Problem> problems) {
    this.config = config;
    this.templates = new TemplateEngine(templatesDir, config.baseUrl(), problems);
    this.views = new Views(config, new MarkdownRenderer(
        MarkdownLimits.withTimeLimit(config.articleTimeLimit())), problems);
  }

  /** Compiles every template, failing with {@code templates/x.peb:line} on the first error. */
  public void checkTemplates() {
    TEMPLATES.forEach(templates::check);
  }

  public byte[] render(Page page) {
    return text(page).getBytes(StandardCharsets.UTF_8);
  }

  String text(Page page) {
    PageData d = page.data();
    if (d instanceof PageData.Feed f) {
      return atom(page, f);
    }
    if (d instanceof PageData.Sitemap s) {
      return sitemap(s);
    }
    if (d instanceof PageData.Text t) {
      return t.content();
    }
    if (d instanceof PageData.TagRedirect r) {
      return redirect(r);
    }
    return templates.render(d.template(), context(page, d));
  }

  private Map<String, Object> context(Page page, PageData d) {
    if (d instanceof PageData.Home h) {
      String title = h.paging().number() > 1 ? config.title() + " – page " + h.paging().number()
          : config.title();
      Map<String, Object> c = views.context(page, "home", title);
      c.put("articles", views.cards(h.items()));
      c.put("paging", views.paging(h.paging()));
      c.put("older", h.olderPath().isEmpty() ? null : Map.of("url", views.link(h.olderPath()),
          "label", h.olderMonth().map(views::monthTitle).orElse("Undated articles")));
      return c;
    }
    if (d instanceof PageData.ArticleView a) {
      Map<String, Object> c = views.context(page, "article", a.article().title());
      c.put("article", views.fullArticle(a));
      return c;
    }
    if (d instanceof PageData.TagList t) {
      String title = t.letter().isEmpty() ? "Tags" : "Tags: " + t.letter()
          + (t.paging().number() > 1 ? " – page " + t.paging().number() : "");
      Map<String, Object> c = views.context(page, "tags", title);
      c.put("top", views.tagCloud(t.top()));
      c.put("tags", t.tags().stream().map(tc -> views.tag(tc.tag(), tc.count())).toList());
      c.put("groups", views.letterGroups(t.tags()));
      c.put("letters", t.letters().stream().map(l -> Map.<String, Object>of("label", l.label(),
          "url", l.path().startsWith("#") ? l.path() : views.link(l.path()),
          "current", l.label().equals(t.letter()))).toList());
      c.put("letter", t.letter().isEmpty() ? null : t.letter());
      c.put("paging", views.paging(t.paging()));
      return c;
    }
    if (d instanceof PageData.TagPage t) {
      Map<String, Object> c = views.context(page, "tag", t.tag().name());
      Map<String, Object> tag = views.tag(t.tag(), t.total());
      tag.put("feedUrl", t.hasFeed() ? views.link(UrlScheme.tagFeed(t.tag())) : null);
      tag.put("oldest", t.oldest().map(views::day).orElse(null));
      tag.put("oldestIso", t.oldest().map(LocalDate::toString).orElse(null));
      tag.put("newest", t.newest().map(views::day).orElse(null));
      tag.put("newestIso", t.newest().map(LocalDate::toString).orElse(null));
      tag.put("oneDay", t.oldest().equals(t.newest()));
      tag.put("seenWith", t.seenWith().stream().map(s -> views.tag(s.tag(), s.count()))
          .toList());
      c.put("tag", tag);
      c.put("compact", true);
      c.put("articles", views.cards(t.items()));
      c.put("paging", views.paging(t.paging()));
      if (t.hasFeed()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) c.get("page");
        p.put("feedUrl", views.link(UrlScheme.tagFeed(t.tag())));
      }
      return c;
    }
    if (d instanceof PageData.ArchiveOverview o) {
      Map<String, Object> c = views.context(page, "archive", "Archive");
      List<Map<String, Object>> years = new ArrayList<>();
      for (PageData.YearCount y : o.years()) {
        years.add(Map.of("year", y.year(), "count", y.count(),
            "url", views.link(UrlScheme.year(y.year(), 1)),
            "months", y.months().stream().map(m -> views.month(m.month(), m.count())).toList()));
      }
      c.put("years", years);
      c.put("timelineSvg", views.timelineSvg(o.years(), false));
      c.put("undatedCount", o.undated());
      c.put("undatedUrl", o.undated() > 0 ? views.link(UrlScheme.undated(1)) : null);
      return c;
    }
    if (d instanceof PageData.YearPage y) {
      Map<String, Object> c = views.context(page, "year", String.valueOf(y.year()));
      c.put("year", y.year());
      c.put("total", y.total());
      c.put("months", y.months().stream().map(m -> views.month(m.month(), m.count())).toList());
      c.put("timelineSvg", views.timelineSvg(
          List.of(new PageData.YearCount(y.year(), y.total(), y.months())), true));
      return c;
    }
    if (d instanceof PageData.MonthPage m) {
      Map<String, Object> c = views.context(page, "month", views.monthTitle(m.month()));
      c.put("month", views.month(m.month(), m.total()));
      c.put("yearUrl", views.link(UrlScheme.year(m.month().getYear(), 1)));
      c.put("newerMonth", m.newer().map(ym -> views.month(ym, 0)).orElse(null));
      c.put("olderMonth", m.older().map(ym -> views.month(ym, 0)).orElse(null));
      c.put("compact", true);
      c.put("articles", views.cards(m.items()));
      c.put("paging", views.paging(m.paging()));
      return c;
    }
    if (d instanceof PageData.UndatedPage u) {
      Map<String, Object> c = views.context(page, "undated", "Undated");
      c.put("total", u.total());
      c.put("compact", true);
      c.put("articles", views.cards(u.items()));
      c.put("paging", views.paging(u.paging()));
      return c;
    }
    if (d instanceof PageData.Search) {
      Map<String, Object> c = views.context(page, "search", "Search");
      c.put("indexUrl", views.link(SEARCH_INDEX));
      return c;
    }
    if (d instanceof PageData.NotFound) {
      return views.context(page, "404", "Page not found");
    }
    throw new IllegalStateException("no view for " + d.getClass().getSimpleName());
  }

  private String atom(Page page, PageData.Feed f) {
    String title = f.tag().map(t -> config.title() + " – " + t.name()).orElse(config.title());
    String self = config.baseUrl().absolute(page.path());
    XmlWriter x = new XmlWriter();
    x.raw("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .raw(XmlWriter.escape(config.language())).raw("\">\n");
    x.element("  ", "title", title);
    if (!config.description().isEmpty()) {
      x.element("  ", "subtitle", config.description());
    }
    x.element("  ", "id", atomId(page.path()));
    x.raw("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .raw(XmlWriter.escape(self)).raw("\"/>\n");
    x.raw("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .raw(XmlWriter.escape(config.baseUrl().absolute(f.pagePath()))).raw("\"/>\n");
    // Feeds hold dated articles only (see SitePlan): a feed never shows a made-up date. RFC 4287
    // requires "updated" all the same; a feed with no entry (the site's, when no article is
    // dated) gives the start of 1970, the same in every build.
    x.element("  ", "updated", f.items().stream().filter(Article::isDated).findFirst()
        .map(a -> timestamp(a.date().get())).orElse(NO_ENTRY_UPDATED));
    x.raw("  <author>\n");
    x.element("    ", "name", config.author().isEmpty() ? config.title() : config.author());
    x.raw("  </author>\n");
    x.element("  ", "generator", "Gazette");
    for (Article a : f.items()) {
      if (a.isDated()) {
        x.raw(entries.computeIfAbsent(a, this::entry));
      }
    }
    x.raw("</feed>\n");
    return x.toString();
  }

  /** One article's feed entry; the same in the site's feed and in each of its tags' feeds. */
  private String entry(Article a) {
    String url = config.baseUrl().absolute(UrlScheme.article(a));
    XmlWriter x = XmlWriter.fragment();
    x.raw("  <entry>\n");
    x.element("    ", "title", a.title());
    x.raw("    <link rel=\"alternate\" type=\"text/html\" href=\"")
        .raw(XmlWriter.escape(url)).raw("\"/>\n");
    x.element("    ", "id", atomId(UrlScheme.article(a)));
    String when = timestamp(a.date().orElseThrow()); // feeds hold dated articles only
    x.element("    ", "published", when);
    x.element("    ", "updated", when);
    for (var t : a.tags()) {
      x.raw("    <category term=\"").raw(XmlWriter.escape(t.name())).raw("\"/>\n");
    }
    x.element("    ", "summary", a.summary());
    x.raw("  </entry>\n");
    return x.toString();
  }

  /**
   * An Atom id, which RFC 4287 requires to be an absolute IRI that never changes: the page's
   * absolute URL when the site's origin is known, else a {@code tag:} URI (RFC 4151) from the
   * site title and the page's path, e.g. {@code tag:my-archive,2000:/repo/2024/06/slug/}.
   */
  String atomId(String path) {
    if (!config.baseUrl().origin().isEmpty()) {
      return config.baseUrl().absolute(path);
    }
    return "tag:" + tagAuthority(config.title()) + ",2000:" + config.baseUrl().link(path);
  }

  /** A DNS-like name from the title: lower-case letters, digits and inner hyphens. */
  static String tagAuthority(String title) {
    StringBuilder b = new StringBuilder();
    for (char c : title.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        b.append(c);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
      b.setLength(b.length() - 1);
    }
    return b.length() == 0 ? "gazette" : b.toString();
  }

  /** A small valid page that sends readers and crawlers of a merged tag to its new URL. */
  private String redirect(PageData.TagRedirect r) {
    String to = XmlWriter.escape(config.baseUrl().link(UrlScheme.tag(r.to(), 1)));
    String canonical = XmlWriter.escape(config.baseUrl().absolute(UrlScheme.tag(r.to(), 1)));
    String name = XmlWriter.escape(r.to().name());
    return "<!DOCTYPE html>\n<html lang=\"" + XmlWriter.escape(config.language()) + "\">\n"
        + "<head>\n<meta charset=\"utf-8\">\n<title>" + name + " – "
        + XmlWriter.escape(config.title()) + "</title>\n"
        + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n</head>\n<body>\n"
        + "<p>This tag is now <a href=\"" + to + "\">" + name + "</a>.</p>\n</body>\n</html>\n";
  }

  /**
   * The start of a day in the site's zone as an RFC 3339 date-time. RFC 3339 offsets are whole
   * minutes; a zone's local mean time before standard time was not (Amsterdam in 1890 is
   * +00:17:30 in the time-zone database), so such an instant is written in UTC instead.
   */
  private String timestamp(LocalDate date) {
    ZonedDateTime start = date.atTime(LocalTime.MIDNIGHT).atZone(config.timeZone());
    if (start.getOffset().getTotalSeconds() % 60 != 0) {
      start = start.withZoneSameInstant(ZoneOffset.UTC);
    }
    return start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private String sitemap(PageData.Sitemap s) {
    XmlWriter x = new XmlWriter();
    String root = s.index() ? "sitemapindex" : "urlset";
    String item = s.index() ? "sitemap" : "url";
    x.raw("<" + root + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String p : s.paths()) {
      x.raw("  <" + item + ">");
      x.raw("<loc>").raw(XmlWriter.escape(config.baseUrl().absolute(p))).raw("</loc>");
      x.raw("</" + item + ">\n");
    }
    x.raw("</" + root + ">\n");
    return x.toString();
  }
}
