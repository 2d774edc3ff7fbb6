/**
 * Raw dated text and Markdown files with front matter, turned into the one article model. Jackson
 * YAML lives here and nowhere else; nothing here renders HTML.
 */
package dev.gazette.normalize;
