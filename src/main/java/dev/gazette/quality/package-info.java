/**
 * Figures on how well a folder of articles imports: how many were read or skipped and why, how
 * many got a headline, a summary, a date and from where. For editors judging an archive and for
 * engineers measuring the normalizer on a real corpus; printed as {@code label: value} lines.
 */
package dev.gazette.quality;
