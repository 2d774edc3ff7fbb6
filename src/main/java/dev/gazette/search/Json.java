package dev.gazette.search;

/** Just enough JSON writing for the index: strings escaped so any article text is safe. */
final class Json {
  private Json() {}

  static StringBuilder string(StringBuilder b, String text) {
    // Over an array: a fragment's text is thousands of characters, most often beyond Latin-1,
    // and charAt of such a string calls out for its bounds check on the fast compiler.
    char[] s = text.toCharArray();
    b.append('"');
    int plain = 0; // the start of the run of characters that need no escape
    for (int i = 0; i < s.length; i++) {
      char c = s[i];
      if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      b.append(s, plain, i - plain);
      plain = i + 1;
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        // Closing tags and line separators are harmless in JSON but not in every consumer.
        case '<' -> b.append("\\u003c");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append(s, plain, s.length - plain).append('"');
  }
}
