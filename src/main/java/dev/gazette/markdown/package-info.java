/**
 * Markdown to HTML with Flexmark: the one place Flexmark is configured. Raw HTML in content is
 * escaped, never passed through.
 */
package dev.gazette.markdown;
