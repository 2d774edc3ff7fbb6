/**
 * The typed site configuration ({@code gazette.yaml}), validated once at load. Nothing else reads
 * configuration by string key.
 */
package dev.gazette.config;
