package dev.gazette.config;

import dev.gazette.diag.GazetteException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

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

  /**
   * The link to a site-relative path such as {@code tags/x/} → {@code /repo/tags/x/}. Letters
   * outside ASCII (slugs keep every script's letters) are percent-encoded as UTF-8, as a URL must
   * be; browsers show them decoded in the address bar.
   */
  public String link(String siteRelative) {
    String rel = siteRelative.startsWith("/") ? siteRelative.substring(1) : siteRelative;
    return path + encode(rel);
  }

  /** Percent-encodes what may not stand in a URL as is; ASCII that may is left alone. */
  static String encode(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x20 && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '`') {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() * 3).append(s, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
      for (byte x : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        b.append('%').append(Character.toUpperCase(Character.forDigit((x >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(x & 0xF, 16)));
      }
      i = end - 1;
    }
    return b == null ? s : b.toString();
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
