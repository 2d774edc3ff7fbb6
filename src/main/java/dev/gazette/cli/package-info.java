/** Commands, options and exit codes; wiring only. */
package dev.gazette.cli;
