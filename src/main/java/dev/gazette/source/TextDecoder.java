package dev.gazette.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text. A BOM is trusted; otherwise strict UTF-8 is tried. UTF-8 with a few invalid
 * bytes among many valid multi-byte sequences is still UTF-8: the invalid bytes are read as
 * Windows-1252, and the line of the first is reported. Only text that is not UTF-8 at all has
 * its encoding guessed (juniversalchardet, falling back to Windows-1252, the superset of Latin-1
 * that old newsroom files are written in). A guess is always reported, never silent, and no
 * replacement characters are produced. Files that are not text are refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Valid multi-byte sequences needed for each invalid one to read a file as UTF-8. */
  static final int VALID_PER_INVALID = 4;

  /** Thrown for a file that is not text at all (an image renamed .txt, a binary). */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  public DecodedText decode(byte[] bytes) throws NotTextException {
    refuseKnownBinary(bytes);
    // UTF-32 marks first: FF FE 00 00 also starts with the UTF-16LE mark.
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return strict(bytes, 4, Charset.forName("UTF-32LE"), "UTF-32LE with BOM");
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return strict(bytes, 4, Charset.forName("UTF-32BE"), "UTF-32BE with BOM");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      // The mark says UTF-8 (Notepad writes it): stray bytes in it are read as in a file
      // without one, whatever their number.
      Optional<DecodedText> stray = mostlyUtf8(bytes, 3, true);
      return stray.isPresent() ? checked(stray.get())
          : strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE with BOM");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE with BOM");
    }
    Optional<Charset> utf16 = utf16WithoutBom(bytes);
    if (utf16.isPresent()) {
      try {
        return checked(new DecodedText(decodeStrict(bytes, 0, utf16.get()), utf16.get(),
            Optional.of("no byte order mark; decoded as " + utf16.get().name()
                + " (a guess from its zero bytes)")));
      } catch (CharacterCodingException e) {
        // not UTF-16 after all: the NUL check below refuses it
      }
    }
    refuseBinary(bytes);
    try {
      String text = decodeStrict(bytes, 0, StandardCharsets.UTF_8);
      return new DecodedText(text, StandardCharsets.UTF_8, damaged(text));
    } catch (CharacterCodingException notUtf8) {
      Optional<DecodedText> mostly = mostlyUtf8(bytes, 0, false);
      if (mostly.isPresent()) {
        return mostly.get();
      }
      Charset guessed = detect(bytes);
      try {
        String text = decodeStrict(bytes, 0, guessed);
        return new DecodedText(text, guessed, Optional.of("not valid UTF-8; decoded as "
            + guessed.name() + " (a guess)"));
      } catch (CharacterCodingException e) {
        // Windows-1252 leaves five bytes undefined; ISO-8859-1 maps every byte.
        return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1),
            StandardCharsets.ISO_8859_1,
            Optional.of("not valid UTF-8; decoded as ISO-8859-1 (a guess)"));
      }
    }
  }

  /**
   * UTF-8 with a few invalid bytes in it: a pound sign or a curly quote pasted from a Windows
   * file, a sequence cut short by an editor. Decoding the whole file as a single-byte charset
   * would garble every accented letter to save one, so when valid multi-byte sequences outnumber
   * the invalid bytes {@link #VALID_PER_INVALID} to one, the file is read as UTF-8 and each
   * invalid byte as the Windows-1252 character it is (0xA3 is £): that is where stray bytes in
   * UTF-8 text come from, and no byte is replaced by U+FFFD, whose meaning would be lost. Latin-1
   * and Windows-1252 text almost never forms a valid multi-byte sequence by chance (a lead byte
   * such as é must be followed by the right continuation bytes), so such files still go to the
   * guess. Empty when the bytes are valid UTF-8, or not enough of them are.
   *
   * @param skip the bytes of a byte order mark
   * @param marked whether a UTF-8 byte order mark says the file is UTF-8, which no ratio need
   *     confirm
   */
  private static Optional<DecodedText> mostlyUtf8(byte[] bytes, int skip, boolean marked) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    // Never more chars than bytes: an invalid byte gives one char.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    int invalid = 0;
    int firstInvalid = -1;
    CoderResult result = decoder.decode(in, out, true);
    while (result.isError()) {
      if (firstInvalid < 0) {
        firstInvalid = in.position();
      }
      for (int k = 0; k < result.length(); k++) {
        out.put(windows1252(bytes[in.position() + k]));
        invalid++;
      }
      in.position(in.position() + result.length());
      result = decoder.decode(in, out, true);
    }
    decoder.flush(out);
    out.flip();
    int valid = 0;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      if (c >= 0x80 && !Character.isLowSurrogate(c)) {
        valid++;
      }
    }
    valid -= invalid; // an invalid byte is 0x80 or above and gave one such char too
    if (invalid == 0 || !marked && valid < invalid * VALID_PER_INVALID) {
      return Optional.empty();
    }
    int line = lineAt(bytes, firstInvalid);
    String text = out.toString();
    // No stray byte gives U+FFFD: one in the text was in the file, and is reported as such.
    String lost = damaged(text).map(d -> "; it also " + d).orElse("");
    return Optional.of(new DecodedText(text, StandardCharsets.UTF_8, Optional.of(
        "not valid UTF-8: " + invalid + " byte(s) read as windows-1252 (a guess), the first on"
            + " line " + line + "; the rest (" + valid + " multi-byte characters) is valid UTF-8"
            + " and read as such" + lost), line));
  }

  /**
   * A byte 0x80 or above as Windows-1252 reads it; the five bytes it leaves undefined give the
   * C1 control of that number, as browsers read them, which the text's cleaning then drops.
   */
  private static char windows1252(byte b) {
    String c = new String(new byte[] {b}, WINDOWS_1252);
    return c.length() == 1 && c.charAt(0) != '\uFFFD' ? c.charAt(0) : (char) (b & 0xFF);
  }

  /** The 1-based line of a byte offset, lines ending at LF, CR LF or a lone CR as elsewhere. */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length
          || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static DecodedText strict(byte[] bytes, int skip, Charset cs, String what)
      throws NotTextException {
    try {
      return checked(new DecodedText(decodeStrict(bytes, skip, cs), cs, Optional.empty()));
    } catch (CharacterCodingException e) {
      throw new NotTextException("starts with a " + what + " mark but is not valid " + cs.name());
    }
  }

  /** Text decoded through a byte order mark may still be a binary: NULs give it away. */
  private static DecodedText checked(DecodedText decoded) throws NotTextException {
    if (decoded.text().indexOf('\0') >= 0) {
      throw new NotTextException("is not a text file (it contains NUL characters)");
    }
    return decoded;
  }

  private record Signature(String what, int... magic) {}

  /** Signatures of the binaries most often renamed or saved as .txt by mistake. */
  private static final List<Signature> SIGNATURES = List.of(
      new Signature("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
      new Signature("a JPEG image", 0xFF, 0xD8, 0xFF),
      new Signature("a GIF image", 'G', 'I', 'F', '8'),
      new Signature("a PDF document", '%', 'P', 'D', 'F', '-'),
      new Signature("a ZIP archive (or a Word/OpenDocument file)", 'P', 'K', 0x03, 0x04),
      new Signature("a gzip archive", 0x1F, 0x8B),
      new Signature("a TIFF image", 'I', 'I', '*', 0x00),
      new Signature("a TIFF image", 'M', 'M', 0x00, '*'),
      new Signature("an old Word document", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
      new Signature("an RTF document", '{', '\\', 'r', 't', 'f', '1'));

  private static void refuseKnownBinary(byte[] bytes) throws NotTextException {
    for (Signature sig : SIGNATURES) {
      if (startsWith(bytes, sig.magic())) {
        throw new NotTextException("is not a text file (it is " + sig.what() + ")");
      }
    }
    if (startsWith(bytes, 'R', 'I', 'F', 'F') && bytes.length >= 12 && bytes[8] == 'W'
        && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
      throw new NotTextException("is not a text file (it is a WebP image)");
    }
  }

  /**
   * UTF-16 without a mark: Latin-script text in UTF-16 has a zero in every other byte, all on
   * the same side. Text in other scripts has no such pattern and is left to the NUL check.
   */
  static Optional<Charset> utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 8192) & ~1;
    if (n < 4) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZeros++;
      }
      if (bytes[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static String decodeStrict(byte[] bytes, int skip, Charset cs)
      throws CharacterCodingException {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
    return chars.toString();
  }

  private static void refuseBinary(byte[] bytes) throws NotTextException {
    int controls = 0;
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        throw new NotTextException("is not a text file (it contains NUL bytes)");
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (n > 0 && controls * 20 > n) {
      throw new NotTextException("is not a text file (" + controls
          + " control characters in its first " + n + " bytes)");
    }
  }

  private static Charset detect(byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      if (b < 0) {
        high++;
      }
    }
    // A few stray high bytes in English text give a detector too little to go on (it may say
    // Cyrillic); they are far more often a pound sign or a curly quote from Windows.
    if (high * 100 < bytes.length) {
      return WINDOWS_1252;
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name != null) {
      try {
        Charset cs = Charset.forName(name);
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return cs;
        }
      } catch (IllegalArgumentException ignored) {
        // an encoding the JDK lacks: fall through to the newsroom default
      }
    }
    return WINDOWS_1252;
  }

  /**
   * Valid UTF-8 may still carry U+FFFD from an earlier bad conversion: that loss happened
   * before the file arrived, but the editor should hear about it rather than see it silently.
   */
  private static Optional<String> damaged(String text) {
    long count = text.chars().filter(c -> c == 0xFFFD).count();
    return count == 0 ? Optional.empty() : Optional.of("contains " + count
        + " replacement character(s) U+FFFD: text was lost when the file was made");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
