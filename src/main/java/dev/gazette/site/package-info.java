/**
 * Runs a build as a list of named, timed steps ({@link dev.gazette.site.SiteBuilder}), from the
 * inputs every command shares ({@link dev.gazette.site.SiteInputs}) to the output port. What makes
 * the steps incremental lives in {@code dev.gazette.engine}.
 */
package dev.gazette.site;
