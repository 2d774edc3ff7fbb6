package dev.gazette.taxonomy;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A read-only view of a map that tells each key looked up. Walking the whole map is refused: a
 * choice that depended on every key could not be kept.
 */
final class ReadingMap<K, V> extends AbstractMap<K, V> {
  private final Map<K, V> counts;
  private final Consumer<Object> read;

  ReadingMap(Map<K, V> counts, Consumer<Object> read) {
    this.counts = counts;
    this.read = read;
  }

  @Override
  public V get(Object key) {
    read.accept(key);
    return counts.get(key);
  }

  @Override
  public V getOrDefault(Object key, V fallback) {
    read.accept(key);
    return counts.getOrDefault(key, fallback);
  }

  @Override
  public boolean containsKey(Object key) {
    read.accept(key);
    return counts.containsKey(key);
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    throw new UnsupportedOperationException("a tag choice reads counts by key");
  }
}
