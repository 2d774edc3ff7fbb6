/** Source positions and problems: what went wrong, where, and how bad it is. Depends on nothing. */
package dev.gazette.diag;
