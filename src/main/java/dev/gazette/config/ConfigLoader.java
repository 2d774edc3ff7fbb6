package dev.gazette.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads {@code gazette.yaml}; unknown keys are rejected with the nearest known key as a hint. */
public final class ConfigLoader {

  /** The file's shape: every key the configuration accepts, with its YAML name. */
  static final class RawConfig {
    @JsonProperty("title") String title;
    @JsonProperty("description") String description;
    @JsonProperty("base_url") String baseUrl;
    @JsonProperty("language") String language;
    @JsonProperty("page_size") Integer pageSize;
    @JsonProperty("list_page_size") Integer listPageSize;
    @JsonProperty("time_zone") String timeZone;
    @JsonProperty("author") String author;
    @JsonProperty("date_order") String dateOrder;
    @JsonProperty("feed_size") Integer feedSize;
    @JsonProperty("tag_feed_size") Integer tagFeedSize;
    @JsonProperty("max_tags_per_article") Integer maxTagsPerArticle;
    @JsonProperty("article_time_limit") Integer articleTimeLimit;
    @JsonProperty("search") Boolean search;
  }

  static final List<String> KEYS = List.of("title", "description", "base_url", "language",
      "page_size", "list_page_size", "time_zone", "author", "date_order", "feed_size",
      "tag_feed_size", "max_tags_per_article", "article_time_limit", "search");

  /**
   * A language tag as HTML's {@code lang} and Atom's {@code xml:lang} take it: letters, then
   * hyphen-separated subtags ({@code en}, {@code en-GB}, {@code zh-Hant-TW}, {@code es-419}).
   */
  private static final java.util.regex.Pattern LANGUAGE_TAG =
      java.util.regex.Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

  /**
   * A key given twice is an error (the later one was taken silently), and so is a fraction
   * where a whole number goes (2.5 was taken as 2).
   */
  private final ObjectMapper mapper = new ObjectMapper(YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  /** Loads the file, or the defaults when it does not exist. */
  public SiteConfig load(Path file) {
    return ConfigText.read(file).map(text -> parse(file.getFileName().toString(), text))
        .orElseGet(() -> SiteConfig.defaults());
  }

  public SiteConfig parse(String name, String text) {
    RawConfig raw;
    try (JsonParser parser = mapper.createParser(text)) {
      raw = read(name, parser);
    } catch (IOException e) {
      throw new GazetteException(name + ": cannot read: " + e.getMessage(), e);
    }
    SiteConfig d = SiteConfig.defaults();
    // Values the parser took but that are out of range: the message names the key's line.
    Function<String, String> at = key -> name + ":" + ConfigText.lineOf(text, key);
    int pageSize = positive(at, "page_size", raw.pageSize, d.pageSize());
    int listPageSize = positive(at, "list_page_size", raw.listPageSize, d.listPageSize());
    int feedSize = positive(at, "feed_size", raw.feedSize, d.feedSize());
    int tagFeedSize = positive(at, "tag_feed_size", raw.tagFeedSize, d.tagFeedSize());
    int maxTags = positive(at, "max_tags_per_article", raw.maxTagsPerArticle,
        d.maxTagsPerArticle());
    int timeLimit = positive(at, "article_time_limit", raw.articleTimeLimit,
        (int) d.articleTimeLimit().toSeconds());
    ZoneId zone = d.timeZone();
    if (raw.timeZone != null) {
      try {
        zone = ZoneId.of(raw.timeZone);
      } catch (DateTimeException e) {
        throw new GazetteException(at.apply("time_zone") + ": time_zone '" + raw.timeZone
            + "' is not a time zone; expected an id such as UTC or Europe/London");
      }
    }
    SiteConfig.DateOrder order = d.dateOrder();
    if (raw.dateOrder != null) {
      try {
        order = SiteConfig.DateOrder.valueOf(raw.dateOrder.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new GazetteException(at.apply("date_order") + ": date_order '" + raw.dateOrder
            + "' must be DMY or MDY");
      }
    }
    String language = or(raw.language, d.language());
    if (!LANGUAGE_TAG.matcher(language).matches()) {
      String dashed = language.strip().replace('_', '-');
      throw new GazetteException(at.apply("language") + ": language '" + language
          + "' is not a language tag;"
          + " expected one such as en or en-GB"
          + (LANGUAGE_TAG.matcher(dashed).matches() ? " (write '" + dashed + "')" : ""));
    }
    BaseUrl base;
    try {
      base = raw.baseUrl == null ? d.baseUrl() : BaseUrl.parse(raw.baseUrl);
    } catch (GazetteException e) {
      throw new GazetteException(at.apply("base_url") + ": " + e.getMessage());
    }
    return new SiteConfig(
        or(raw.title, d.title()), or(raw.description, d.description()), base,
        language, pageSize, listPageSize, zone, or(raw.author, d.author()), order,
        feedSize, tagFeedSize, maxTags, Duration.ofSeconds(timeLimit),
        raw.search == null ? d.search() : raw.search);
  }

  /**
   * The file's keys and values. Errors are described while the parser is still open: it holds
   * the value it stopped at, which the message shows.
   */
  private RawConfig read(String name, JsonParser parser) {
    try {
      // A file of comments, or "---" and comments (a starter file with every setting commented
      // out) holds no document, or an empty one: every key keeps its default.
      JsonToken first = parser.nextToken();
      if (first == null || first == JsonToken.VALUE_NULL
          || first == JsonToken.VALUE_STRING && parser.getText().isBlank()) {
        return new RawConfig();
      }
      RawConfig raw = mapper.readValue(parser, RawConfig.class);
      return raw == null ? new RawConfig() : raw;
    } catch (UnrecognizedPropertyException e) {
      throw new GazetteException(name + ":" + ConfigText.line(e.getLocation())
          + ": unknown key '" + e.getPropertyName() + "'" + hint(e.getPropertyName())
          + " (known keys: " + String.join(", ", KEYS) + ")");
    } catch (MismatchedInputException e) {
      throw new GazetteException(name + ":" + ConfigText.line(e.getLocation()) + ": "
          + mismatch(e));
    } catch (JsonProcessingException e) {
      if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
        // A number out of range (databind wraps the parser's exception, with the key's path).
        String key = e instanceof JsonMappingException m && !m.getPath().isEmpty()
            ? m.getPath().get(m.getPath().size() - 1).getFieldName()
            : parser.getParsingContext().getCurrentName();
        throw new GazetteException(name + ":" + ConfigText.line(e.getLocation()) + ": "
            + (key == null ? "" : key + ": ") + "expected " + expected(key) + ", found "
            + found(parser) + " (too large)");
      }
      // Jackson's own words for a key given twice name its Java term ("field").
      String message = e.getOriginalMessage();
      if (message.startsWith("Duplicate field ")) {
        message = "key " + message.substring("Duplicate field ".length()) + " is given twice;"
            + " keep one";
      }
      throw new GazetteException(name + ":" + ConfigText.line(e.getLocation()) + ": " + message);
    } catch (IOException e) {
      throw new GazetteException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static int positive(Function<String, String> at, String key, Integer value,
      int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < 1) {
      throw new GazetteException(at.apply(key) + ": " + key + " must be at least 1, was "
          + value);
    }
    return value;
  }

  /**
   * A value of the wrong kind in a user's words: the key, what it takes, what was there.
   * Jackson's own message names Java types ({@code java.lang.Integer}) and parser tokens.
   */
  private static String mismatch(MismatchedInputException e) {
    String key = e.getPath().isEmpty() ? null
        : e.getPath().get(e.getPath().size() - 1).getFieldName();
    String found = found(parser(e));
    if (key == null) {
      return "expected 'key: value' lines (such as 'title: My archive'), found " + found;
    }
    return key + ": expected " + expected(key) + ", found " + found;
  }

  /** What a key takes, from the type of its field in {@link RawConfig}. */
  private static String expected(String key) {
    for (Field f : RawConfig.class.getDeclaredFields()) {
      JsonProperty p = f.getAnnotation(JsonProperty.class);
      if (p != null && p.value().equals(key)) {
        return f.getType() == Integer.class ? "a whole number such as 10"
            : f.getType() == Boolean.class ? "true or false" : "text";
      }
    }
    return "a value";
  }

  private static JsonParser parser(JsonProcessingException e) {
    return e.getProcessor() instanceof JsonParser p ? p : null;
  }

  /** The value the parser stopped at, as the file shows it. */
  private static String found(JsonParser p) {
    JsonToken t = p == null ? null : p.currentToken();
    if (t == null) {
      return "nothing";
    }
    try {
      return switch (t) {
        case START_ARRAY -> "a list";
        case START_OBJECT -> "a mapping (key: value lines)";
        case VALUE_STRING -> quoted(p.getText());
        default -> shortened(p.getText());
      };
    } catch (IOException e) {
      return "a value that cannot be read";
    }
  }

  private static String quoted(String s) {
    return "'" + shortened(s) + "'";
  }

  private static String shortened(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }


  static String hint(String unknown) {
    return hint(unknown, KEYS);
  }

  /** "; did you mean 'x'?" for the nearest of {@code keys}, or nothing when none is near. */
  static String hint(String unknown, List<String> keys) {
    String best = keys.stream()
        .min(Comparator.comparingInt(k -> distance(k, unknown.toLowerCase(Locale.ROOT))))
        .orElseThrow();
    return distance(best, unknown.toLowerCase(Locale.ROOT)) <= 3
        ? "; did you mean '" + best + "'?" : "";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
