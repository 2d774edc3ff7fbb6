package dev.gazette.content;

/** How an article's date was found; shown to editors so a guessed date never passes as fact. */
public enum DateSource {
  FRONT_MATTER("front-matter"),
  HEADER("header"),
  FILENAME("filename"),
  INFERRED("inferred"),
  NONE("none");

  private final String key;

  DateSource(String key) {
    this.key = key;
  }

  /** The name used in front matter ({@code date_source: header}). */
  public String key() {
    return key;
  }

  public static DateSource fromKey(String key) {
    for (DateSource s : values()) {
      if (s.key.equalsIgnoreCase(key.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown date_source '" + key
        + "'; expected front-matter, header, filename, inferred or none");
  }
}
