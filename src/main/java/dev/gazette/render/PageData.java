package dev.gazette.render;

import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What a page is made from, one record per kind of page. Immutable. */
public sealed interface PageData {

  /** The template that renders it, or the built-in writer's name for XML and text files. */
  String template();

  /** Page {@code number} of {@code count} of a list whose first page is at {@code firstPath}. */
  record Paging(int number, int count, String firstPath) {}

  /** A month and how many articles it has, for year and archive pages. */
  record MonthCount(YearMonth month, int count) {}

  /** A year, its count and its months, for the archive overview. */
  record YearCount(int year, int count, List<MonthCount> months) {
    public YearCount {
      months = List.copyOf(months);
    }
  }

  /** A tag and its count, for the tag index. */
  record TagCount(Tag tag, int count) {}

  record Home(List<Article> items, Paging paging) implements PageData {
    public Home {
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "home";
    }
  }

  record ArticleView(Article article, Optional<Article> newer, Optional<Article> older,
      List<Article> related, List<Article> coverage) implements PageData {
    public ArticleView {
      related = List.copyOf(related);
      coverage = List.copyOf(coverage);
    }

    public ArticleView(Article article, Optional<Article> newer, Optional<Article> older,
        List<Article> related) {
      this(article, newer, older, related, List.of());
    }

    @Override
    public String template() {
      return "article";
    }
  }

  record TagList(List<TagCount> tags) implements PageData {
    public TagList {
      tags = List.copyOf(tags);
    }

    @Override
    public String template() {
      return "tags";
    }
  }

  record TagPage(Tag tag, int total, List<Article> items, Paging paging) implements PageData {
    public TagPage {
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "tag";
    }
  }

  record ArchiveOverview(List<YearCount> years, int undated) implements PageData {
    public ArchiveOverview {
      years = List.copyOf(years);
    }

    @Override
    public String template() {
      return "archive";
    }
  }

  record YearPage(int year, int total, List<MonthCount> months, List<Article> items,
      Paging paging) implements PageData {
    public YearPage {
      months = List.copyOf(months);
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "year";
    }
  }

  record MonthPage(YearMonth month, int total, List<Article> items, Paging paging)
      implements PageData {
    public MonthPage {
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "month";
    }
  }

  record UndatedPage(int total, List<Article> items, Paging paging) implements PageData {
    public UndatedPage {
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "undated";
    }
  }

  /** The old URL of a tag that {@code tags.yaml} folded into another. */
  record TagRedirect(Tag from, Tag to) implements PageData {
    @Override
    public String template() {
      return "(redirect)";
    }
  }

  /** The search page: the results are found and shown in the browser. */
  record Search() implements PageData {
    @Override
    public String template() {
      return "search";
    }
  }

  record NotFound() implements PageData {
    @Override
    public String template() {
      return "404";
    }
  }

  /** An Atom feed of the newest articles, site-wide or for one tag. */
  record Feed(Optional<Tag> tag, String pagePath, List<Article> items) implements PageData {
    public Feed {
      items = List.copyOf(items);
    }

    @Override
    public String template() {
      return "(atom feed)";
    }
  }

  /** One sitemap file, or the index of several. */
  record Sitemap(List<String> paths, boolean index) implements PageData {
    public Sitemap {
      paths = List.copyOf(paths);
    }

    @Override
    public String template() {
      return "(sitemap)";
    }
  }

  /** A plain file: robots.txt, .nojekyll. */
  record Text(String content) implements PageData {
    @Override
    public String template() {
      return "(text)";
    }
  }
}
