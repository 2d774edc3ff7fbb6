/**
 * Runs a build as a list of named, timed steps, and is the one place that writes the output
 * folder: into a staging folder first, switched in only when complete. Keeps what makes builds
 * incremental in the cache folder (the manifest of page fingerprints and the read cache), and
 * installs the git hook that rebuilds after each commit.
 */
package dev.gazette.site;
