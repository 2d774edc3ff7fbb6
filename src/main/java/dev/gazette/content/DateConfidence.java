package dev.gazette.content;

/**
 * How sure Gazette is of an article's date. A date written by a person (front matter, a header,
 * the file name) is certain; one inferred from the text is a guess whose strength depends on how
 * many dates the text offered.
 */
public enum DateConfidence {
  /** Written as the article's date: front matter, a date header or the file name. */
  HIGH("high"),
  /** Inferred: the text mentions exactly one full date. */
  MEDIUM("medium"),
  /** Inferred: the latest of several dates the text mentions, or a resolved relative phrase. */
  LOW("low"),
  /** No date at all. */
  NONE("none");

  private final String key;

  DateConfidence(String key) {
    this.key = key;
  }

  /** The name used in front matter ({@code date_confidence: high}). */
  public String key() {
    return key;
  }

  /** The confidence a date found this way has when nothing more is known. */
  public static DateConfidence of(DateSource source) {
    switch (source) {
      case FRONT_MATTER:
      case HEADER:
      case FILENAME:
        return HIGH;
      case INFERRED:
        return LOW;
      default:
        return NONE;
    }
  }

  public static DateConfidence fromKey(String key) {
    for (DateConfidence c : values()) {
      if (c.key.equalsIgnoreCase(key.trim())) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown date_confidence '" + key
        + "'; expected high, medium, low or none");
  }
}
