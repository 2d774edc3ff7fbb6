package dev.gazette.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void plainUtf8IsKnownNotGuessed() throws Exception {
    DecodedText d = decoder.decode("Café “quoted” £5\n".getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo("Café “quoted” £5\n");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.guess()).isEmpty();
  }

  @Test
  void utf8BomIsDropped() throws Exception {
    DecodedText d = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF),
        "Headline".getBytes(StandardCharsets.UTF_8)));
    assertThat(d.text()).isEqualTo("Headline");
    assertThat(d.guess()).isEmpty();
  }

  @Test
  void utf16WithEitherBom() throws Exception {
    DecodedText le = decoder.decode(concat(bytes(0xFF, 0xFE),
        "Le £ text".getBytes(StandardCharsets.UTF_16LE)));
    assertThat(le.text()).isEqualTo("Le £ text");
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    DecodedText be = decoder.decode(concat(bytes(0xFE, 0xFF),
        "Be £ text".getBytes(StandardCharsets.UTF_16BE)));
    assertThat(be.text()).isEqualTo("Be £ text");
    assertThat(be.guess()).isEmpty();
  }

  @Test
  void utf32BomIsNotMistakenForUtf16() throws Exception {
    DecodedText d = decoder.decode(concat(bytes(0xFF, 0xFE, 0x00, 0x00),
        "Wide".getBytes(Charset.forName("UTF-32LE"))));
    assertThat(d.text()).isEqualTo("Wide");
  }

  @Test
  void utf16WithoutBomIsAReportedGuess() throws Exception {
    DecodedText le = decoder.decode("A headline\r\n\r\nSome text.".getBytes(
        StandardCharsets.UTF_16LE));
    assertThat(le.text()).isEqualTo("A headline\r\n\r\nSome text.");
    assertThat(le.guess()).get().asString().contains("UTF-16LE").contains("guess");
    DecodedText be = decoder.decode("Another one".getBytes(StandardCharsets.UTF_16BE));
    assertThat(be.text()).isEqualTo("Another one");
    assertThat(be.guess()).get().asString().contains("UTF-16BE");
  }

  @Test
  void windows1252IsDecodedAndTheGuessReported() throws Exception {
    // "Price: £5 – “fair”" in Windows-1252: A3 pound, 96 en dash, 93/94 curly quotes.
    byte[] raw = concat("Price: ".getBytes(StandardCharsets.US_ASCII), bytes(0xA3),
        "5 ".getBytes(StandardCharsets.US_ASCII), bytes(0x96), " ".getBytes(
            StandardCharsets.US_ASCII), bytes(0x93), "fair".getBytes(StandardCharsets.US_ASCII),
        bytes(0x94));
    DecodedText d = decoder.decode(raw);
    assertThat(d.text()).isEqualTo("Price: £5 – “fair”");
    assertThat(d.text()).doesNotContain("\uFFFD");
    assertThat(d.guess()).get().asString().contains("not valid UTF-8").contains("guess");
  }

  @Test
  void latin1AccentsInLongerText() throws Exception {
    String text = "Le café était fermé à Montréal, déjà. ".repeat(20);
    DecodedText d = decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.guess()).isPresent();
  }

  @Test
  void nulBytesAreRefused() {
    assertThatThrownBy(() -> decoder.decode(bytes('a', 'b', 0, 'c', 0, 0, 0, 'd', 0x10, 0)))
        .isInstanceOf(TextDecoder.NotTextException.class).hasMessageContaining("NUL");
  }

  @Test
  void imagesAndDocumentsAreNamed() {
    assertThatThrownBy(() -> decoder.decode(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
        'x'))).hasMessageContaining("PNG image");
    assertThatThrownBy(() -> decoder.decode(bytes(0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F', 'I', 'F')))
        .hasMessageContaining("JPEG image");
    assertThatThrownBy(() -> decoder.decode("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .hasMessageContaining("PDF");
    assertThatThrownBy(() -> decoder.decode(bytes('G', 'I', 'F', '8', '9', 'a')))
        .hasMessageContaining("GIF");
  }

  @Test
  void controlCharacterSoupIsRefused() {
    byte[] b = new byte[200];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> decoder.decode(b)).hasMessageContaining("control characters");
  }

  @Test
  void utf16BomOverBinaryIsRefused() {
    assertThatThrownBy(() -> decoder.decode(bytes(0xFF, 0xFE, 0, 0, 0, 0, 'a', 0)))
        .isInstanceOf(TextDecoder.NotTextException.class);
  }

  @Test
  void replacementCharactersAlreadyInTheFileAreReported() throws Exception {
    DecodedText d = decoder.decode("Broken \uFFFD text".getBytes(StandardCharsets.UTF_8));
    assertThat(d.guess()).get().asString().contains("U+FFFD");
  }

  @Test
  void emptyFileIsEmptyText() throws Exception {
    assertThat(decoder.decode(new byte[0]).text()).isEmpty();
  }

  @Test
  void theLatin1FileOfTheRealCorpusGivesAPoundSign() throws Exception {
    Path file = Path.of("").toAbsolutePath().resolve("../shared/corpus/bbc/sport/199.txt")
        .normalize();
    assumeTrue(Files.isRegularFile(file), "corpus not present: " + file);
    DecodedText d = decoder.decode(Files.readAllBytes(file));
    assertThat(d.text()).contains("£15.8m").doesNotContain("\uFFFD");
    assertThat(d.guess()).get().asString().contains("guess");
  }

  @Test
  void utf8WithOneStrayByteStaysUtf8AndNamesTheLineOfTheBadByte() throws Exception {
    String before = "Élysée\n\nLe café était fermé à Montréal, déjà.\n";
    String after = "\nÀ bientôt, répondit-il: « ça va ».\n";
    byte[] raw = concat(before.getBytes(StandardCharsets.UTF_8),
        "Prix: 5".getBytes(StandardCharsets.US_ASCII), bytes(0xA3),
        after.getBytes(StandardCharsets.UTF_8));
    DecodedText d = decoder.decode(raw);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(before + "Prix: 5£" + after);
    assertThat(d.guess()).get().asString().contains("not valid UTF-8")
        .contains("1 byte(s) read as windows-1252");
    assertThat(d.guessLine()).isEqualTo(4);
  }

  @Test
  void aFewBadBytesAmongManyValidSequencesAreEachReadAsWindows1252() throws Exception {
    String accents = "Zoë, Chloé, Renée, Noël. ".repeat(10);
    byte[] raw = concat(accents.getBytes(StandardCharsets.UTF_8), bytes(0xC3),
        "\n".getBytes(StandardCharsets.US_ASCII), bytes(0xE2, 0x80), " end".getBytes(
            StandardCharsets.US_ASCII));
    DecodedText d = decoder.decode(raw);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    // Each stray byte is the Windows-1252 character it is: 0xC3 'Ã', then 0xE2 0x80 'â€' (a
    // dash cut short); none is lost to U+FFFD.
    assertThat(d.text()).isEqualTo(accents + "Ã\nâ€ end");
    assertThat(d.guessLine()).isEqualTo(1);
  }

  @Test
  void aUtf8MarkedFileWithAStrayByteIsReadNotRefused() throws Exception {
    // Notepad writes the mark; a pound sign pasted from an older file is the stray byte.
    byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), "Price list\n\nTea 2".getBytes(
        StandardCharsets.US_ASCII), bytes(0xA3), " a cup.\n".getBytes(StandardCharsets.US_ASCII));
    DecodedText d = decoder.decode(raw);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo("Price list\n\nTea 2£ a cup.\n");
    assertThat(d.guess()).get().asString().contains("1 byte(s) read as windows-1252");
    assertThat(d.guessLine()).isEqualTo(3);
  }

  @Test
  void aReplacementCharacterAlreadyInAMostlyUtf8FileIsStillReported() throws Exception {
    String accents = "Zoë, Chloé, Renée, Noël, \uFFFD. ".repeat(4);
    byte[] raw = concat(accents.getBytes(StandardCharsets.UTF_8), bytes(0xA3));
    DecodedText d = decoder.decode(raw);
    assertThat(d.text()).isEqualTo(accents + "£");
    assertThat(d.guess()).get().asString().contains("read as windows-1252")
        .contains("4 replacement character(s) U+FFFD");
  }

  @Test
  void latin1WithoutAnyValidMultiByteSequenceStillFallsBack() throws Exception {
    String text = "Élysée: le café était fermé à Montréal, déjà. Prix £5.\n".repeat(3);
    DecodedText d = decoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isNotEqualTo(StandardCharsets.UTF_8);
    assertThat(d.guess()).get().asString().contains("guess");
    assertThat(d.guessLine()).isZero();
  }
}
