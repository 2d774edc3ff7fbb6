package dev.gazette.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Bytes to text. A BOM is trusted; otherwise strict UTF-8 is tried, and only when that fails is
 * the encoding guessed (juniversalchardet, falling back to Windows-1252, the superset of Latin-1
 * that old newsroom files are written in). A guess is always reported, never silent, and no
 * replacement characters are produced. Files that are not text are refused.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Thrown for a file that is not text at all (an image renamed .txt, a binary). */
  public static final class NotTextException extends Exception {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  public DecodedText decode(byte[] bytes) throws NotTextException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE with BOM");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE with BOM");
    }
    refuseBinary(bytes);
    try {
      return new DecodedText(decodeStrict(bytes, 0, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, Optional.empty());
    } catch (CharacterCodingException notUtf8) {
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

  private static DecodedText strict(byte[] bytes, int skip, Charset cs, String what)
      throws NotTextException {
    try {
      return new DecodedText(decodeStrict(bytes, skip, cs), cs, Optional.empty());
    } catch (CharacterCodingException e) {
      throw new NotTextException("starts with a " + what + " mark but is not valid " + cs.name());
    }
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
