package dev.gazette.config;

import dev.gazette.diag.GazetteException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the site is published. Either a path ({@code /repo/}) or an absolute URL
 * ({@code https://user.github.io/repo/}); every internal link starts with {@link #path()}, so the
 * site works under a sub-path. Feeds and the sitemap need absolute URLs and use {@link #origin()}
 * when one is known.
 *
 * @param origin scheme and host such as {@code https://user.github.io}, or empty when unknown
 * @param path always starts and ends with {@code /}
 */
public record BaseUrl(String origin, String path) {

  public static BaseUrl parse(String value) {
    String v = value == null || value.isBlank() ? "/" : value.trim();
    try {
      URI uri = new URI(v);
      if (uri.getScheme() != null) {
        if (!uri.getScheme().equals("http") && !uri.getScheme().equals("https")
            || uri.getHost() == null) {
          throw new GazetteException("base_url '" + value + "' must be a path like /repo/ or an"
              + " http(s) URL like https://user.github.io/repo/");
        }
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return new BaseUrl(origin, normalizePath(uri.getRawPath()));
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new GazetteException("base_url '" + value + "' must not have a query or fragment");
      }
      return new BaseUrl("", normalizePath(uri.getRawPath()));
    } catch (URISyntaxException e) {
      throw new GazetteException("base_url '" + value + "' is not a valid URL: " + e.getReason());
    }
  }

  private static String normalizePath(String raw) {
    String p = raw == null || raw.isEmpty() ? "/" : raw;
    if (!p.startsWith("/")) {
      p = "/" + p;
    }
    if (!p.endsWith("/")) {
      p = p + "/";
    }
    if (p.contains("/../") || p.contains("/./") || p.contains("//")) {
      throw new GazetteException("base_url path '" + raw + "' must not contain '.', '..' or '//'");
    }
    return p;
  }

  /** The link to a site-relative path such as {@code tags/x/} → {@code /repo/tags/x/}. */
  public String link(String siteRelative) {
    String rel = siteRelative.startsWith("/") ? siteRelative.substring(1) : siteRelative;
    return path + rel;
  }

  /** An absolute URL when the origin is known, else the rooted link. */
  public String absolute(String siteRelative) {
    return origin + link(siteRelative);
  }

  @Override
  public String toString() {
    return origin + path;
  }
}
