package dev.gazette.normalize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import dev.gazette.diag.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Splits a Markdown file into YAML front matter and body, and writes front matter back. YAML is
 * parsed with limits (size, nesting, no duplicate keys) so a hostile file cannot exhaust memory.
 */
public final class FrontMatterCodec {
  private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;

  /** A Markdown file split in two. {@code bodyLine} is the 1-based line the body starts on. */
  public record Split(FrontMatter frontMatter, String body, int bodyLine, List<Problem> warnings) {}

  private final ObjectMapper reader;
  private final ObjectMapper writer;

  public FrontMatterCodec() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(MAX_FRONT_MATTER_CHARS * 2);
    YAMLFactory in = YAMLFactory.builder().loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_FRONT_MATTER_CHARS).maxNestingDepth(20).build())
        .build();
    reader = new ObjectMapper(in).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    YAMLFactory out = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.SPLIT_LINES)
        .stringQuotingChecker(new QuoteLineBreaks())
        .build();
    writer = new ObjectMapper(out);
  }

  /**
   * Jackson's rule for when a value needs quotes, plus values holding U+0085, U+2028 or U+2029:
   * YAML reads those as line breaks, so written plain they came back folded into a space, or
   * (after a colon) not at all. Quoted, they are written as the escapes {@code \N \L \P}.
   */
  private static final class QuoteLineBreaks extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || value.indexOf('\u0085') >= 0
          || value.indexOf('\u2028') >= 0 || value.indexOf('\u2029') >= 0;
    }
  }

  /**
   * True when the text starts with a front-matter fence: "---" alone on the first line, spaces
   * after it allowed, as on the closing fence (an opening "--- " was read as body text, and a
   * draft was published with its front matter shown).
   */
  public static boolean hasFrontMatter(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).stripTrailing().equals("---");
  }

  public Split split(String file, String text) throws ContentException {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n").replace('\r', '\n');
    if (!hasFrontMatter(t)) {
      return new Split(empty(), t, 1, List.of());
    }
    String[] lines = t.split("\n", -1);
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      throw new ContentException(Problem.error(file, 1, "front matter opened with '---' on line 1"
          + " is never closed; expected a line '---' after the last key"));
    }
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < close; i++) {
      yaml.append(lines[i]).append('\n');
    }
    StringBuilder body = new StringBuilder();
    for (int i = close + 1; i < lines.length; i++) {
      body.append(lines[i]);
      if (i < lines.length - 1) {
        body.append('\n');
      }
    }
    List<Problem> warnings = new ArrayList<>();
    FrontMatter fm = parseYaml(file, yaml.toString(), warnings);
    return new Split(fm, body.toString(), close + 2, List.copyOf(warnings));
  }

  private FrontMatter parseYaml(String file, String yaml, List<Problem> warnings)
      throws ContentException {
    if (yaml.isBlank()) {
      return empty();
    }
    JsonNode root;
    try {
      root = reader.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ContentException(Problem.error(file, 1 + line(yaml, e.getLocation()),
          "front matter is not valid YAML: " + firstLine(e.getOriginalMessage())));
    } catch (RuntimeException e) {
      throw new ContentException(Problem.error(file, 1, "front matter is not valid YAML: "
          + firstLine(String.valueOf(e.getMessage()))));
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return empty();
    }
    if (!root.isObject()) {
      throw new ContentException(Problem.error(file, 2,
          "front matter must be a map of keys such as 'title:' and 'date:'"));
    }
    Map<String, Integer> keyLines = keyLines(yaml);
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!FrontMatter.KEYS.contains(key)) {
        warnings.add(Problem.warning(file, keyLines.getOrDefault(key, 1),
            "unknown front-matter key '" + key + "' is ignored" + hint(key)
            + " (known keys: " + String.join(", ", FrontMatter.KEYS) + ")"));
      }
    }
    return new FrontMatter(
        scalar(file, root, "title", keyLines, warnings),
        scalar(file, root, "date", keyLines, warnings),
        keyLines.getOrDefault("date", 1),
        scalar(file, root, "date_source", keyLines, warnings),
        scalar(file, root, "date_confidence", keyLines, warnings),
        tags(file, root, keyLines, warnings),
        scalar(file, root, "slug", keyLines, warnings),
        scalar(file, root, "summary", keyLines, warnings),
        bool(file, root, "draft", keyLines),
        scalar(file, root, "source", keyLines, warnings),
        scalar(file, root, "source_sha256", keyLines, warnings),
        scalar(file, root, "gazette_hash", keyLines, warnings));
  }

  private static Optional<String> scalar(String file, JsonNode root, String key,
      Map<String, Integer> lines, List<Problem> warnings) throws ContentException {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isValueNode()) {
      throw new ContentException(Problem.error(file, lines.getOrDefault(key, 1),
          "'" + key + "' must be a single value, not a list or map"));
    }
    return Optional.of(printable(file, lines.getOrDefault(key, 1), key, n.asText(), warnings));
  }

  /**
   * The value without what must not reach a page: controls other than tab and line break,
   * bidirectional embeddings, overrides and isolates (they make text read differently from how it
   * is stored), non-characters such as U+FFFE, and surrogates without their pair (which would be
   * written as {@code ?}). Removed with a warning naming the key's line.
   */
  static String printable(String file, int line, String key, String value,
      List<Problem> warnings) {
    StringBuilder b = null;
    int removed = 0;
    String first = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = value.codePointAt(i);
        boolean nonCharacter = (cp & 0xFFFE) == 0xFFFE;
        if (nonCharacter) {
          b = b == null ? new StringBuilder(value.substring(0, i)) : b;
          removed++;
          first = first == null ? String.format("U+%04X", cp) : first;
        } else if (b != null) {
          b.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean unsafe = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
          || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
          || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF
          || Character.isSurrogate(c);
      if (unsafe) {
        b = b == null ? new StringBuilder(value.substring(0, i)) : b;
        removed++;
        first = first == null ? String.format("U+%04X", (int) c) : first;
      } else if (b != null) {
        b.append(c);
      }
    }
    if (b == null) {
      return value;
    }
    warnings.add(Problem.warning(file, line, "'" + key + "' holds " + removed + " control,"
        + " bidirectional-override or non-character code point" + (removed == 1 ? "" : "s")
        + " (first " + first + "); removed"));
    return b.toString();
  }

  private static boolean bool(String file, JsonNode root, String key,
      Map<String, Integer> lines) throws ContentException {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return false;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    throw new ContentException(Problem.error(file, lines.getOrDefault(key, 1),
        "'" + key + "' must be true or false, was '" + n.asText() + "'"));
  }

  private static Optional<List<String>> tags(String file, JsonNode root,
      Map<String, Integer> lines, List<Problem> warnings) throws ContentException {
    JsonNode n = root.get("tags");
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    List<String> tags = new ArrayList<>();
    if (n.isArray()) {
      for (JsonNode t : n) {
        if (!t.isValueNode() || t.isNull()) {
          throw new ContentException(Problem.error(file, lines.getOrDefault("tags", 1),
              "each tag must be a plain value; 'tags' holds a list or map inside the list"));
        }
        tags.add(t.asText());
      }
    } else if (n.isValueNode()) {
      for (String t : n.asText().split(",")) {
        tags.add(t);
      }
    } else {
      throw new ContentException(Problem.error(file, lines.getOrDefault("tags", 1),
          "'tags' must be a list such as [Politics, Prince Harry]"));
    }
    tags.replaceAll(t -> printable(file, lines.getOrDefault("tags", 1), "tags", t, warnings)
        .strip());
    tags.removeIf(String::isEmpty);
    return Optional.of(tags);
  }

  private static Map<String, Integer> keyLines(String yaml) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    String[] ls = yaml.split("\n", -1);
    for (int i = 0; i < ls.length; i++) {
      String l = ls[i];
      int colon = l.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(l.charAt(0)) && l.charAt(0) != '#') {
        String key = l.substring(0, colon).strip().replaceAll("^[\"']|[\"']$", "");
        lines.putIfAbsent(key, i + 2);
      }
    }
    return lines;
  }

  private static String hint(String key) {
    for (String known : FrontMatter.KEYS) {
      if (known.startsWith(key) || key.startsWith(known)
          || known.replace("_", "").equalsIgnoreCase(key.replace("_", "").replace("-", ""))
          || editDistanceAtMostTwo(known, key)) {
        return "; did you mean '" + known + "'?";
      }
    }
    return "";
  }

  private static boolean editDistanceAtMostTwo(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()] <= 2;
  }

  /**
   * The line of the front matter (1-based) that YAML's location names. YAML also ends a line at
   * U+0085, U+2028 and U+2029, which the file's lines (and an editor's) do not: its line numbers
   * are counted back to the file's line breaks.
   */
  static int line(String yaml, JsonLocation location) {
    int yamlLine = location == null ? 1 : Math.max(1, location.getLineNr());
    int seen = 1;
    int line = 1;
    for (int i = 0; i < yaml.length() && seen < yamlLine; i++) {
      char c = yaml.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        seen++;
        line += c == '\n' ? 1 : 0;
      }
    }
    return line;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static FrontMatter empty() {
    return new FrontMatter(Optional.empty(), Optional.empty(), 1, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /**
   * Writes front matter and body as one Markdown file. Keys are written in {@link
   * FrontMatter#KEYS} order, so the same article always gives the same bytes.
   */
  public String write(Map<String, Object> fields, String body) {
    ObjectNode node = writer.createObjectNode();
    for (String key : FrontMatter.KEYS) {
      Object v = fields.get(key);
      if (v != null) {
        node.set(key, writer.valueToTree(v));
      }
    }
    try {
      String yaml = writer.writeValueAsString(node);
      return "---\n" + yaml + "---\n" + body;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write front matter", e);
    }
  }
}
