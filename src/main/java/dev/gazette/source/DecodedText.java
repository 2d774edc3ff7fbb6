package dev.gazette.source;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A file's text with how it was decoded.
 *
 * @param guess set when the encoding was guessed rather than known (no BOM, not valid UTF-8);
 *     editors see it in the report
 */
public record DecodedText(String text, Charset charset, Optional<String> guess) {}
