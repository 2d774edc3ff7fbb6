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
    s.put("searchUrl", link(UrlScheme.search()));
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
    p.put("feedUrl", null);
    c.put("page", p);
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
    return m;
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
