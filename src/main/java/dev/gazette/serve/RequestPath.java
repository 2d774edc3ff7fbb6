package dev.gazette.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A request path checked and turned into a site-relative path. Anything that could reach outside
 * the output folder is refused before the file system is asked: dot segments (also when
 * percent-encoded), encoded slashes and backslashes, NUL, and paths outside the base path.
 */
final class RequestPath {

  /** What to do with a request path. */
  sealed interface Result {}

  /** Serve this site-relative path ("" is the site root). */
  record Resolved(String relative) implements Result {}

  /** The request is malformed or hostile. */
  record Refused(String reason) implements Result {}

  /** The path is outside the base path. */
  record Outside() implements Result {}

  private RequestPath() {}

  static Result parse(String rawPath, String basePath) {
    if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return new Refused("not an absolute path");
    }
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
        || rawPath.indexOf('\\') >= 0) {
      return new Refused("encoded slash, backslash or NUL");
    }
    String path;
    try {
      path = new URI("http://h" + rawPath).getPath();
    } catch (URISyntaxException e) {
      return new Refused("malformed path");
    }
    if (path == null || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0
        || path.startsWith("//")) {
      return new Refused("malformed path");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..") || segment.equals(".")) {
        return new Refused("dot segment");
      }
    }
    if (!path.startsWith(basePath)) {
      String withSlash = path.endsWith("/") ? path : path + "/";
      return withSlash.equals(basePath) ? new Resolved("") : new Outside();
    }
    return new Resolved(path.substring(basePath.length()));
  }
}
