/**
 * Finding article files under {@code content/} and turning their bytes into text. Knows nothing of
 * YAML or Markdown.
 */
package dev.gazette.source;
