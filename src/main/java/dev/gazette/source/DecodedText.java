package dev.gazette.source;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A file's text with how it was decoded.
 *
 * @param guess set when the encoding was guessed rather than known (no BOM, not valid UTF-8) or
 *     bytes were replaced; editors see it in the report
 * @param guessLine the 1-based line the guess is about (the first invalid byte), or 0 when it
 *     concerns the whole file
 */
public record DecodedText(String text, Charset charset, Optional<String> guess, int guessLine) {

  public DecodedText(String text, Charset charset, Optional<String> guess) {
    this(text, charset, guess, 0);
  }
}
