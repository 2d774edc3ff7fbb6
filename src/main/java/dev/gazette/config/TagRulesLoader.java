package dev.gazette.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.diag.GazetteException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code tags.yaml}:
 *
 * <pre>
 * aliases:
 *   Duke of Sussex: Prince Harry
 *   Harry: Prince Harry
 * banned: [Getty Images, Comment]
 * </pre>
 *
 * Unknown keys, non-text values and alias chains are rejected with {@code tags.yaml:line}.
 */
public final class TagRulesLoader {
  static final List<String> KEYS = List.of("aliases", "banned");

  private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public TagRules load(Path file) {
    return ConfigText.read(file).map(text -> parse(file.getFileName().toString(), text))
        .orElseGet(() -> TagRules.none());
  }

  public TagRules parse(String name, String text) {
    if (text.isBlank()) {
      return TagRules.none();
    }
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new GazetteException(name + ":" + ConfigText.line(e.getLocation())
          + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || root.isNull() || root.isMissingNode()) {
      return TagRules.none();
    }
    if (!root.isObject()) {
      throw new GazetteException(name + ":1: expected the keys 'aliases:' and 'banned:'");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        throw new GazetteException(name + ":" + ConfigText.lineOf(text, key) + ": unknown key '"
            + key + "'" + ConfigLoader.hint(key, KEYS) + " (known keys: aliases, banned)");
      }
    }
    Map<String, String> aliases = new HashMap<>();
    JsonNode a = root.get("aliases");
    if (a != null && !a.isNull()) {
      if (!a.isObject()) {
        throw new GazetteException(name + ":" + ConfigText.lineOf(text, "aliases")
            + ": 'aliases' must map each alias to its tag, e.g. 'Duke of Sussex: Prince Harry'");
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isValueNode() || e.getValue().asText().isBlank()) {
          throw new GazetteException(name + ":" + ConfigText.lineOf(text, e.getKey()) + ": alias '"
              + e.getKey() + "' must map to one tag name");
        }
        aliases.put(TagRules.key(e.getKey()), e.getValue().asText().strip());
      }
      for (Map.Entry<String, String> e : aliases.entrySet()) {
        if (aliases.containsKey(TagRules.key(e.getValue()))) {
          throw new GazetteException(name + ":" + ConfigText.lineOf(text, e.getValue()) + ": '"
              + e.getValue() + "' is both a tag that aliases point to and an alias itself;"
              + " point every alias at the final tag");
        }
      }
    }
    Set<String> banned = new HashSet<>();
    JsonNode b = root.get("banned");
    if (b != null && !b.isNull()) {
      if (!b.isArray()) {
        throw new GazetteException(name + ":" + ConfigText.lineOf(text, "banned")
            + ": 'banned' must be a list, e.g. [Getty Images, Comment]");
      }
      for (JsonNode n : b) {
        if (!n.isValueNode()) {
          throw new GazetteException(name + ":" + ConfigText.lineOf(text, "banned")
              + ": each banned tag must be a plain name");
        }
        banned.add(TagRules.key(n.asText()));
      }
    }
    return new TagRules(aliases, banned);
  }

}
