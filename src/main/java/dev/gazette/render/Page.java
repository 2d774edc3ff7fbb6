package dev.gazette.render;

import java.util.Objects;

/**
 * One output file to produce: where it goes and everything it is made from. Two pages with equal
 * {@code data} render to equal bytes under the same theme and configuration, which is what lets an
 * incremental build skip them.
 *
 * @param path site-relative URL path ({@code tags/x/}) or file ({@code feed.xml})
 */
public record Page(String path, PageData data) {
  public Page {
    Objects.requireNonNull(path);
    Objects.requireNonNull(data);
  }

  /** The file written for this page, relative to the output folder. */
  public String file() {
    return UrlScheme.file(path);
  }
}
