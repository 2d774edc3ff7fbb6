/**
 * The URL scheme, the page plan and Pebble: the archive and its indexes become output files in
 * memory ({@link dev.gazette.render.Page} → bytes). Nothing here writes to disk.
 */
package dev.gazette.render;
