package dev.gazette.render;

import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** What a page is made from, one record per kind of page. Immutable. */
public sealed interface PageData {

  /** The template that renders it, or the built-in writer's name for XML and text files. */
  String template();

  /**
   * Page {@code number} of {@code count} of a list whose first page is at {@code firstPath};
   * {@code offset} items of the list come before this page (a numbered list continues there).
   */
  record Paging(int number, int count, String firstPath, int offset) {}

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

  /**
   * @param olderPath on the last home page, where the articles after it are listed (a month
   *     page, or the undated page when {@code olderMonth} is empty); empty when none are left
   */
  record Home(List<Article> items, Paging paging, String olderPath,
      Optional<YearMonth> olderMonth) implements PageData {
    public Home {
      items = List.copyOf(items);
    }

    public Home(List<Article> items, Paging paging) {
      this(items, paging, "", Optional.empty());
    }

    @Override
    public String template() {
      return "home";
    }
  }

  /**
   * @param coverage the other articles of its story shown on the page, nearest in date first
   *     chosen
   * @param storyOthers how many other articles tell its story, shown or not
   */
  record ArticleView(Article article, Optional<Article> newer, Optional<Article> older,
      List<Article> related, List<Article> coverage, int storyOthers) implements PageData {
    public ArticleView {
      related = List.copyOf(related);
      coverage = List.copyOf(coverage);
    }

    public ArticleView(Article article, Optional<Article> newer, Optional<Article> older,
        List<Article> related) {
      this(article, newer, older, related, List.of(), 0);
    }

    @Override
    public String template() {
      return "article";
    }
  }

  /**
   * A page of the tag index: the most used tags first (on the first page), then tags A–Z.
   *
   * @param top the most used tags, most used first; empty on letter pages
   * @param tags the tags of this page, A–Z by slug
   * @param letters every letter that has tags, with the path of its first page (or an anchor on
   *     this page when the index is small enough to be one page)
   * @param letter the letter of this page, or empty on the first page
   */
  record TagList(List<TagCount> top, List<TagCount> tags, List<Letter> letters, String letter,
      Paging paging) implements PageData {
    public TagList {
      top = List.copyOf(top);
      tags = List.copyOf(tags);
      letters = List.copyOf(letters);
    }

    @Override
    public String template() {
      return "tags";
    }
  }

  /** One letter of the tag index: {@code "A"} or {@code "#"}, and where its tags are. */
  record Letter(String label, String path) {}

  /**
   * @param seenWith the tags most often on the same articles, shown on the first page
   * @param hasFeed whether the tag has enough articles to earn a feed
   */
  record TagPage(Tag tag, int total, Optional<LocalDate> oldest, Optional<LocalDate> newest,
      List<TagCount> seenWith, boolean hasFeed, List<Article> items, Paging paging)
      implements PageData {
    public TagPage {
      seenWith = List.copyOf(seenWith);
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

  /** A year: its months at a glance. Its articles are on its month pages, listed once. */
  record YearPage(int year, int total, List<MonthCount> months) implements PageData {
    public YearPage {
      months = List.copyOf(months);
    }

    @Override
    public String template() {
      return "year";
    }
  }

  /** @param newer the next month that has articles; {@code older} the one before */
  record MonthPage(YearMonth month, int total, Optional<YearMonth> newer,
      Optional<YearMonth> older, List<Article> items, Paging paging) implements PageData {
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
