/**
 * The local preview: a small HTTP server over the output folder, file watching, rebuilds and live
 * reload. All state lives in the objects of one preview session; nothing is static.
 */
package dev.gazette.serve;
