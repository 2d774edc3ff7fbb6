/**
 * Indexes over the archive: tags (extracted and given), the timeline of years and months, and
 * related articles. Knows no URLs or templates.
 */
package dev.gazette.taxonomy;
