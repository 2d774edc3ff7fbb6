/**
 * What makes builds incremental, apart from the steps themselves: the fingerprint of every output
 * file, the manifest of what the last build published, the read cache of source files, and the
 * output folder's updates. The steps in {@code site} ask this package what can be reused; nothing
 * here parses, indexes or renders.
 */
package dev.gazette.engine;
