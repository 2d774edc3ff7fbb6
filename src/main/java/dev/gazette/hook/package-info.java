/** The git {@code post-commit} hook that rebuilds the site after every commit. */
package dev.gazette.hook;
