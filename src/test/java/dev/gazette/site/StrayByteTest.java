package dev.gazette.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.TestSite;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 article with one stray byte (a Windows pound sign pasted in) is read as UTF-8: its
 * accented letters stay letters, the stray byte is the pound sign it was in Windows-1252, and a
 * warning names the line.
 * It was decoded whole as Windows-1252, every accented letter turned into two characters.
 */
class StrayByteTest {
  @Test
  void oneInvalidByteInUtf8TextCostsOnlyThatByte(@TempDir Path dir) {
    TestSite site = TestSite.write(dir, "-- gazette.yaml --\ntitle: T\n");
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(("---\ntitle: Élysée déjà vu\n---\nLe café était fermé à Montréal.\n"
        + "Prix: 5").getBytes(StandardCharsets.UTF_8));
    file.write(0xA3);
    file.writeBytes(" — « ça va », répondit-il.\n".getBytes(StandardCharsets.UTF_8));
    site.writeBytes("content/2024-01-02-cafe.md", file.toByteArray());

    TestSite.Run run = site.build().assertOk();

    assertThat(run.err()).contains("content/2024-01-02-cafe.md:5: warning: not valid UTF-8");
    String page = site.read("site/2024/01/cafe/index.html");
    assertThat(page).contains("Élysée déjà vu").contains("Le café était fermé à Montréal.")
        .contains("Prix: 5£ — « ça va », répondit-il.").doesNotContain("Ã")
        .doesNotContain("\uFFFD");
  }
}
