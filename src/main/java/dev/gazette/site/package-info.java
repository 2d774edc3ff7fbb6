/**
 * Runs a build as a list of named, timed steps, and is the one place that writes the output
 * folder: into a staging folder first, switched in only when complete.
 */
package dev.gazette.site;
