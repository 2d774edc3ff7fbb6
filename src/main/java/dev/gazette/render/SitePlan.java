package dev.gazette.render;

import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.render.PageData.MonthCount;
import dev.gazette.render.PageData.Paging;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Every page of the site, planned from the archive and its indexes before anything is rendered.
 * The list is deterministic: the same archive gives the same pages in the same order.
 */
public final class SitePlan {
  /** Sitemaps hold at most 50,000 URLs; stay well below. */
  static final int SITEMAP_MAX = 40_000;
  /**
   * Other coverage of a story listed on an article page, the versions nearest in date: a story
   * retold dozens of times listed 20 on each of its pages, a third of the page's bytes.
   */
  static final int COVERAGE_MAX = 3;
  /**
   * A tag earns an Atom feed from this many dated articles (feeds hold no undated one): at
   * 10,000 articles most of the 8,148 tags had fewer, and their feeds were 46 MB that hardly
   * anyone subscribes to.
   */
  static final int TAG_FEED_MIN = 5;
  /** Home pages: the latest articles; older ones are reached through the timeline. */
  static final int HOME_PAGES = 10;
  /** The most used tags shown first on the tag index. */
  static final int TOP_TAGS = 100;
  /** Up to this many tags, the whole index is one page; above, one page per letter. */
  static final int ONE_PAGE_TAGS = 400;
  /** Tags per letter page: about 100 bytes each keeps a page well under 200 kB. */
  static final int LETTER_PAGE_TAGS = 1_200;
  /** Tags most often seen with a tag, on its page. */
  static final int SEEN_WITH = 8;

  private SitePlan() {}

  public static List<Page> of(SiteConfig config, Archive archive, TagIndex tags,
      Timeline timeline, RelatedArticles related) {
    return of(config, archive, tags, timeline, related, StoryGroups.of(List.of()),
        TagRules.none());
  }

  /**
   * @param stories near-duplicate groups: each article lists the other coverage of its story
   * @param rules the aliases of {@code tags.yaml}: each alias's old tag URL redirects
   */
  public static List<Page> of(SiteConfig config, Archive archive, TagIndex tags,
      Timeline timeline, RelatedArticles related, StoryGroups stories, TagRules rules) {
    List<Page> pages = new ArrayList<>();
    int size = config.pageSize();
    // Tag, month and undated pages list titles and dates, a fifth of a card's bytes: many more
    // fit a page.
    int listSize = config.listPageSize();
    List<Article> all = archive.articles();

    homePages(all, size, listSize, pages);

    // The archive puts dated articles first, newest first: neighbours by date are list
    // neighbours.
    for (int i = 0; i < all.size(); i++) {
      Article a = all.get(i);
      Optional<Article> newer = Optional.empty();
      Optional<Article> older = Optional.empty();
      if (a.isDated()) {
        newer = i > 0 ? Optional.of(all.get(i - 1)) : Optional.empty();
        older = i + 1 < all.size() && all.get(i + 1).isDated()
            ? Optional.of(all.get(i + 1)) : Optional.empty();
      }
      pages.add(new Page(UrlScheme.article(a), new PageData.ArticleView(a, newer, older,
          related.of(a), stories.nearest(a, COVERAGE_MAX), stories.othersCount(a))));
    }

    List<PageData.TagCount> counts = new ArrayList<>();
    for (TagIndex.Entry e : tags.entries()) {
      counts.add(new PageData.TagCount(e.tag(), e.count()));
      List<Article> feedItems = dated(e.articles());
      boolean feed = feedItems.size() >= TAG_FEED_MIN;
      List<PageData.TagCount> seenWith = tags.seenWith(e.tag()).stream().limit(SEEN_WITH)
          .map(nb -> new PageData.TagCount(nb.tag(), nb.together())).toList();
      paginate(e.articles(), listSize, n -> UrlScheme.tag(e.tag(), n),
          (items, paging) -> new PageData.TagPage(e.tag(), e.count(), e.oldest(), e.newest(),
              paging.number() == 1 ? seenWith : List.of(), feed, items, paging), pages);
      if (feed) {
        pages.add(new Page(UrlScheme.tagFeed(e.tag()), new PageData.Feed(Optional.of(e.tag()),
            UrlScheme.tag(e.tag(), 1), head(feedItems, config.tagFeedSize()))));
      }
    }
    tagIndex(tags, counts, pages);
    Set<String> planned = new HashSet<>();
    tags.entries().forEach(e -> planned.add(e.tag().slug().value()));
    rules.aliasesSorted().forEach((alias, canonical) -> {
      Tag from = Tag.of(alias);
      Tag to = Tag.of(canonical);
      // An alias that folds to its own tag's URL, or to a tag that still exists, keeps its page.
      if (!from.slug().equals(to.slug()) && !planned.contains(from.slug().value())
          && planned.contains(to.slug().value()) && planned.add(from.slug().value())) {
        pages.add(new Page(UrlScheme.tag(from, 1), new PageData.TagRedirect(from, to)));
      }
    });

    List<PageData.YearCount> years = new ArrayList<>();
    List<Timeline.Month> allMonths = new ArrayList<>();
    timeline.years().forEach(y -> allMonths.addAll(y.months()));
    int monthIndex = 0;
    for (Timeline.Year y : timeline.years()) {
      List<MonthCount> months = new ArrayList<>();
      for (Timeline.Month m : y.months()) {
        months.add(new MonthCount(m.month(), m.articles().size()));
        // Months are newest first across years: the neighbours in that list have articles.
        int at = monthIndex++;
        Optional<YearMonth> newer = at > 0
            ? Optional.of(allMonths.get(at - 1).month()) : Optional.empty();
        Optional<YearMonth> older = at + 1 < allMonths.size()
            ? Optional.of(allMonths.get(at + 1).month()) : Optional.empty();
        paginate(m.articles(), listSize, n -> UrlScheme.month(m.month(), n),
            (items, paging) -> new PageData.MonthPage(m.month(), m.articles().size(), newer,
                older, items, paging), pages);
      }
      years.add(new PageData.YearCount(y.year(), y.count(), months));
      pages.add(new Page(UrlScheme.year(y.year(), 1),
          new PageData.YearPage(y.year(), y.count(), months)));
    }
    if (!timeline.undated().isEmpty()) {
      paginate(timeline.undated(), listSize, UrlScheme::undated,
          (items, paging) -> new PageData.UndatedPage(timeline.undated().size(), items, paging),
          pages);
    }
    pages.add(new Page(UrlScheme.archive(),
        new PageData.ArchiveOverview(years, timeline.undated().size())));

    if (config.search()) {
      pages.add(new Page(UrlScheme.search(), new PageData.Search()));
    }
    pages.add(new Page("404.html", new PageData.NotFound()));
    pages.add(new Page(UrlScheme.feed(), new PageData.Feed(Optional.empty(), "",
        head(dated(all), config.feedSize()))));
    pages.add(new Page(".nojekyll", new PageData.Text("")));
    // A sitemap may hold only absolute URLs: without a known origin none is written.
    if (!config.baseUrl().origin().isEmpty()) {
      pages.addAll(sitemaps(config, pages));
    }
    // Crawlers need an absolute sitemap URL; without a known origin the line is left out.
    String sitemapLine = config.baseUrl().origin().isEmpty() ? ""
        : "\nSitemap: " + config.baseUrl().absolute("sitemap.xml") + "\n";
    pages.add(new Page("robots.txt", new PageData.Text("User-agent: *\nAllow: /\n"
        + sitemapLine)));
    return List.copyOf(pages);
  }

  /**
   * The tag index: one page when small; else a first page with the most used tags and a letter
   * bar, and the tags of each letter on their own pages, split when a letter has many.
   */
  private static void tagIndex(TagIndex index, List<PageData.TagCount> all, List<Page> pages) {
    List<PageData.TagCount> top = index.byCount().stream().limit(TOP_TAGS)
        .map(e -> new PageData.TagCount(e.tag(), e.count())).toList();
    java.util.Map<String, List<PageData.TagCount>> byLetter = new java.util.TreeMap<>(
        java.util.Comparator.comparing((String k) -> k.equals("other")).thenComparing(k -> k));
    for (PageData.TagCount t : all) {
      byLetter.computeIfAbsent(UrlScheme.tagLetter(t.tag()), k -> new ArrayList<>()).add(t);
    }
    boolean onePage = all.size() <= ONE_PAGE_TAGS;
    List<PageData.Letter> letters = new ArrayList<>();
    byLetter.keySet().forEach(l -> letters.add(new PageData.Letter(UrlScheme.letterLabel(l),
        onePage ? "#letter-" + l : UrlScheme.tagLetterPage(l, 1))));
    Paging single = new Paging(1, 1, UrlScheme.tags(), 0);
    if (onePage) {
      pages.add(new Page(UrlScheme.tags(),
          new PageData.TagList(all.size() > TOP_TAGS ? top : List.of(), all, letters, "", single)));
      return;
    }
    pages.add(new Page(UrlScheme.tags(),
        new PageData.TagList(top, List.of(), letters, "", single)));
    byLetter.forEach((l, list) -> {
      int count = (list.size() + LETTER_PAGE_TAGS - 1) / LETTER_PAGE_TAGS;
      for (int n = 1; n <= count; n++) {
        List<PageData.TagCount> part = list.subList((n - 1) * LETTER_PAGE_TAGS,
            Math.min(list.size(), n * LETTER_PAGE_TAGS));
        pages.add(new Page(UrlScheme.tagLetterPage(l, n), new PageData.TagList(List.of(), part,
            letters, UrlScheme.letterLabel(l), new Paging(n, count,
                UrlScheme.tagLetterPage(l, 1), (n - 1) * LETTER_PAGE_TAGS))));
      }
    });
  }

  private static List<Page> sitemaps(SiteConfig config, List<Page> pages) {
    List<String> paths = new ArrayList<>();
    for (Page p : pages) {
      // A redirect page (a merged tag's old URL) is not a page of its own to search engines.
      if ((p.path().isEmpty() || p.path().endsWith("/"))
          && !(p.data() instanceof PageData.TagRedirect)) {
        paths.add(p.path());
      }
    }
    if (paths.size() <= SITEMAP_MAX) {
      return List.of(new Page("sitemap.xml", new PageData.Sitemap(paths, false)));
    }
    List<Page> out = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i * SITEMAP_MAX < paths.size(); i++) {
      String name = "sitemap-" + (i + 1) + ".xml";
      parts.add(name);
      out.add(new Page(name, new PageData.Sitemap(
          paths.subList(i * SITEMAP_MAX, Math.min(paths.size(), (i + 1) * SITEMAP_MAX)), false)));
    }
    out.add(new Page("sitemap.xml", new PageData.Sitemap(parts, true)));
    return out;
  }

  /**
   * The latest articles, over at most {@link #HOME_PAGES} pages; the last one links the month
   * page that goes on where it stops. Paging the whole archive from the home page repeated the
   * month pages (at 100,000 articles, 5,000 pages and 69 MB that listed nothing new).
   */
  private static void homePages(List<Article> all, int size, int listSize, List<Page> pages) {
    int shown = (int) Math.min(all.size(), (long) HOME_PAGES * size); // no overflow: any page_size
    if (shown == all.size()) {
      paginate(all, size, UrlScheme::home, PageData.Home::new, pages);
      return;
    }
    Optional<YearMonth> month = all.get(shown).date().map(YearMonth::from);
    // Where the first article left out is in its own list (a month's, or the undated
    // articles'), which starts where the articles before it stop sharing its month.
    int from = shown;
    while (from > 0 && all.get(from - 1).date().map(YearMonth::from).equals(month)) {
      from--;
    }
    int page = (shown - from) / listSize + 1;
    String older = month.map(m -> UrlScheme.month(m, page))
        .orElseGet(() -> UrlScheme.undated(page));
    paginate(all.subList(0, shown), size, UrlScheme::home, (items, paging) ->
        paging.number() < paging.count() ? new PageData.Home(items, paging)
            : new PageData.Home(items, paging, older, month), pages);
  }

  private static List<Article> head(List<Article> list, int n) {
    return List.copyOf(list.subList(0, Math.min(n, list.size())));
  }

  private static void paginate(List<Article> articles, int size, IntFunction<String> path,
      BiFunction<List<Article>, Paging, PageData> data, List<Page> out) {
    int count = Math.max(1, (articles.size() + size - 1) / size);
    for (int n = 1; n <= count; n++) {
      List<Article> items = articles.subList(Math.min(articles.size(), (n - 1) * size),
          Math.min(articles.size(), n * size));
      out.add(new Page(path.apply(n), data.apply(List.copyOf(items),
          new Paging(n, count, path.apply(1), (n - 1) * size))));
    }
  }

  /** Feeds list dated articles only: an entry must say when it was published. */
  private static List<Article> dated(List<Article> articles) {
    return articles.stream().filter(Article::isDated).toList();
  }
}
