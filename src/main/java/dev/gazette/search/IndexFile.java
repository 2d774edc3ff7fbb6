package dev.gazette.search;

import java.util.Objects;

/**
 * One file of the search index.
 *
 * @param name relative to the output folder ({@code search/index.json})
 */
public record IndexFile(String name, byte[] bytes) {
  public IndexFile {
    Objects.requireNonNull(name);
    Objects.requireNonNull(bytes);
  }
}
