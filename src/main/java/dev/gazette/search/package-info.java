/**
 * The client-side search index: articles become small static files that the browser fetches on
 * demand ({@link dev.gazette.search.SearchIndex}). Text is folded and tokenized here the same way
 * {@code templates/static/search.js} does it in the browser ({@link dev.gazette.search.Terms}).
 * Nothing here knows templates or writes to disk.
 */
package dev.gazette.search;
