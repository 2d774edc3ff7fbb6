package dev.gazette.config;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The site configuration. Each key is documented once, here and in the README's table.
 *
 * @param title site title, shown in the header and feeds
 * @param description one line under the title and in feeds
 * @param baseUrl where the site is published (a path or absolute URL)
 * @param language the {@code lang} of every page (BCP 47)
 * @param pageSize articles per home page
 * @param listPageSize entries per page of the title lists: tag, month and undated pages
 * @param timeZone the zone in which dates without a time are placed, and timestamps are shown
 * @param author the feed author
 * @param dateOrder how to read ambiguous numeric dates such as 03/04/2024: DMY or MDY
 * @param feedSize entries in the site's Atom feed
 * @param tagFeedSize entries in each tag's Atom feed
 * @param maxTagsPerArticle cap for tags extracted from raw articles
 * @param articleTimeLimit time to render one article's Markdown; past it the article is shown as
 *     plain text and reported as an error
 * @param search whether the site has full-text search: the index under {@code search/}, the
 *     search page and the search box on every page
 */
public record SiteConfig(
    String title,
    String description,
    BaseUrl baseUrl,
    String language,
    int pageSize,
    int listPageSize,
    ZoneId timeZone,
    String author,
    DateOrder dateOrder,
    int feedSize,
    int tagFeedSize,
    int maxTagsPerArticle,
    Duration articleTimeLimit,
    boolean search) {

  public enum DateOrder { DMY, MDY }

  public static SiteConfig defaults() {
    return new SiteConfig("Gazette", "An archive of articles", BaseUrl.parse("/"), "en", 20, 100,
        ZoneId.of("UTC"), "", DateOrder.DMY, 20, 10, 8, Duration.ofSeconds(10), true);
  }

  public SiteConfig withBaseUrl(BaseUrl url) {
    return new SiteConfig(title, description, url, language, pageSize, listPageSize, timeZone,
        author, dateOrder, feedSize, tagFeedSize, maxTagsPerArticle, articleTimeLimit, search);
  }

  public Locale locale() {
    return Locale.forLanguageTag(language);
  }
}
