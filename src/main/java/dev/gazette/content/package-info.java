/**
 * The article model: {@link dev.gazette.content.Article}, {@link dev.gazette.content.Slug},
 * {@link dev.gazette.content.Tag} and the sorted, collision-checked
 * {@link dev.gazette.content.Archive}. Pure data; no I/O.
 */
package dev.gazette.content;
