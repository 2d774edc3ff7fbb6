package dev.gazette.render;

import java.util.List;

/**
 * Just enough JSON for a {@code <script type="application/ld+json">} block. Strings escape
 * {@code <}, {@code >} and {@code &} as {@code \}{@code u003c} and so on, so no text from an article
 * (a title holding {@code </script>} or {@code <!--}) can end the block or change how the page
 * parses.
 */
final class JsonLd {
  private final StringBuilder out = new StringBuilder(512);
  private boolean first = true;

  JsonLd() {
    out.append('{');
  }

  JsonLd put(String key, String value) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    key(key);
    string(value);
    return this;
  }

  JsonLd put(String key, List<String> values) {
    if (values.isEmpty()) {
      return this;
    }
    key(key);
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(values.get(i));
    }
    out.append(']');
    return this;
  }

  /** A nested object such as {@code {"@type":"Organization","name":"..."}}. */
  JsonLd put(String key, JsonLd object) {
    key(key);
    out.append(object);
    return this;
  }

  private void key(String key) {
    if (!first) {
      out.append(',');
    }
    first = false;
    string(key);
    out.append(':');
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out + "}";
  }
}
