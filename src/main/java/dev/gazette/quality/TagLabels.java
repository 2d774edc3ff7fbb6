package dev.gazette.quality;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gazette.diag.GazetteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-labelled tags for some articles of an archive, read from a YAML file:
 *
 * <pre>
 * business/017.txt:
 *   tags: [Parmalat, Enrico Bondi]   # the names the article is about
 *   also: [Italy]                    # acceptable, not required
 * </pre>
 *
 * Keys are article paths as the archive names them, or a trailing part of them.
 */
public record TagLabels(Map<String, Label> labels) {

  /** One article's labels. */
  public record Label(List<String> tags, List<String> also) {
    public Label {
      tags = List.copyOf(tags);
      also = List.copyOf(also);
    }
  }

  public TagLabels {
    labels = new TreeMap<>(labels);
  }

  public static TagLabels load(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file));
    } catch (IOException e) {
      throw new GazetteException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  public static TagLabels parse(String name, String text) {
    ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new GazetteException(name + ":" + line + ": not valid YAML: "
          + e.getOriginalMessage());
    }
    Map<String, Label> out = new TreeMap<>();
    if (root == null || root.isNull() || root.isMissingNode()) {
      return new TagLabels(out);
    }
    if (!root.isObject()) {
      throw new GazetteException(name + ":1: expected 'path: {tags: [...], also: [...]}' entries");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      if (!v.isObject() || !v.has("tags")) {
        throw new GazetteException(name + ": '" + e.getKey() + "' needs 'tags: [...]'");
      }
      out.put(e.getKey(), new Label(names(name, e.getKey(), v.get("tags")),
          names(name, e.getKey(), v.get("also"))));
    }
    return new TagLabels(out);
  }

  private static List<String> names(String file, String key, JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      throw new GazetteException(file + ": '" + key + "': expected a list of names");
    }
    n.forEach(x -> out.add(x.asText().strip()));
    return out;
  }
}
