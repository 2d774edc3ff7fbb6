/**
 * The editor's report: what in the archive a person should look at and fix (dates, encodings,
 * skipped files, duplicates, tags), as text or JSON.
 */
package dev.gazette.report;
