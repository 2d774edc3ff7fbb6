package dev.gazette.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person's corrections to tags, from {@code tags.yaml}: aliases folded into one canonical tag
 * ("Duke of Sussex" → "Prince Harry") and banned tags. Names are matched case-insensitively.
 *
 * @param aliases alias → canonical name, keys lower-cased
 * @param banned lower-cased names that never become tags
 */
public record TagRules(Map<String, String> aliases, Set<String> banned) {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public TagRules {
    aliases = Map.copyOf(aliases);
    banned = Set.copyOf(banned);
  }

  public static TagRules none() {
    return new TagRules(Map.of(), Set.of());
  }

  /**
   * These rules with more aliases (alias → canonical name), as when the tagger folds spellings;
   * an alias the person wrote wins.
   */
  public TagRules withAliases(Map<String, String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, String> all = new java.util.HashMap<>();
    more.forEach((alias, canonical) -> all.put(key(alias), canonical));
    all.putAll(aliases);
    return new TagRules(all, banned);
  }

  static String key(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** The canonical name for a tag, or empty when the tag is banned. */
  public Optional<String> apply(String name) {
    if (aliases.isEmpty() && banned.isEmpty()) {
      return Optional.of(name); // most archives: every tag of every article comes through here
    }
    String canonical = aliases.getOrDefault(key(name), name);
    return banned.contains(key(canonical)) || banned.contains(key(name)) ? Optional.empty()
        : Optional.of(canonical);
  }

  /** Aliases sorted, for redirect pages: alias name as written → canonical name. */
  public Map<String, String> aliasesSorted() {
    return new TreeMap<>(aliases);
  }

  public Set<String> bannedSorted() {
    return new TreeSet<>(banned);
  }
}
