/** Test helpers: inline sites, link checking. */
package dev.gazette.testing;
