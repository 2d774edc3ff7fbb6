package dev.gazette.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.testing.Chromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser finds the words {@link Terms} stores: {@code words} and {@code fold} of
 * {@code search.js}, run in Chromium, give {@link Terms#words} for texts in many scripts. A word
 * the index stores under one form and the script looks up under another is never found.
 * Skipped when Debian's chromium and chromium-driver are not installed.
 */
@EnabledIf("browserInstalled")
class TermsParityBrowserTest {
  static final Path SCRIPT = Path.of("templates/static/search.js");

  @TempDir static Path profile;
  static ChromeDriver browser;

  static boolean browserInstalled() {
    return Chromium.installed();
  }

  @BeforeAll
  static void open() {
    browser = Chromium.start(profile);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** The script's folding and word functions, cut out of search.js as they stand. */
  static String scriptWords() throws IOException {
    String js = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    for (String re : List.of("(?m)^ *var SPECIAL = .*$", "(?m)^ *var WORD = .*$",
        "(?ms)^  function fold\\(w\\) \\{.*?^  \\}$", "(?ms)^  function words\\(text\\) \\{.*?^  \\}$")) {
      Matcher m = Pattern.compile(re).matcher(js);
      assertThat(m.find()).as("search.js has %s", re).isTrue();
      b.append(m.group()).append('\n');
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  static List<List<String>> inBrowser(List<String> texts) throws IOException {
    browser.get("about:blank");
    return (List<List<String>>) ((JavascriptExecutor) browser).executeScript(
        scriptWords() + "return arguments[0].map(function (t) { return words(t); });", texts);
  }

  /** Named cases: each is a text a reader or an article might hold. */
  static final Map<String, String> CASES = new LinkedHashMap<>();

  static {
    CASES.put("accents", "Zoë ZOË zoe Ñandú naïve Ångström Dvořák");
    CASES.put("combining marks", "Zoe\u0308 e\u0301te\u0301 \u0301leading");
    CASES.put("sharp s", "Straße STRASSE straße ẞ");
    CASES.put("Turkish", "İstanbul ISTANBUL ıstanbul Işık");
    CASES.put("ligatures", "Œuvre Æsir ﬁnance ﬂoor oﬀice Ĳssel");
    CASES.put("apostrophes and quotes", "don't don’t O’Brien ‘quoted’ “quoted” l’été aʼa");
    CASES.put("hyphens", "e-mail well‐known co–operate non-stop");
    CASES.put("digits", "2024 ٣٤ ²³ ½ Ⅻ x² 3.5 1,000");
    CASES.put("Cyrillic", "Путин ПУТИН Ёлка ёлка Йошкар-Ола");
    CASES.put("Greek", "ΟΔΟΣ οδός ΟΔΟΣΤΡΩΜΑ Σωκράτης ΣΩΚΡΑΤΗΣ ΑΣ ας ªΣ ʰΣ Σ");
    CASES.put("CJK", "東京 日本語のテキスト 한국어 ｶﾀｶﾅ ＡＢＣ");
    CASES.put("Arabic", "العربية مُحَمَّد ﻻ ﷺ");
    CASES.put("Devanagari", "हिन्दी नमस्ते");
    CASES.put("emoji and surrogates", "🙂x x🙂 𝐀𝐁𝐂 𝔷𝔬𝔢 🇫🇷 👩‍👩‍👧");
    CASES.put("compatibility forms", "ǅ ſ ϐ ϑ ℌ ᵃ ª º ﬅ");
  }

  @Test
  void namedCasesGiveTheSameWords() throws IOException {
    List<String> texts = new ArrayList<>(CASES.values());
    List<List<String>> js = inBrowser(texts);
    List<String> names = new ArrayList<>(CASES.keySet());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(js.get(i)).as("%s: %s", names.get(i), texts.get(i))
          .isEqualTo(Terms.words(texts.get(i)));
    }
  }

  @Test
  void randomTextsGiveTheSameWords() throws IOException {
    String[] alphabet = {"Σ", "σ", "ς", "Α", "α", "ΐ", "\u0301", "\u0345", "\u0307", "İ", "I",
        "ı", "i", "ß", "ẞ", "ﬁ", "ǅ", "Ǆ", "և", "Ꭰ", "ꭰ", "1", "²", "½", "'", "’", "-",
        "\u00AD", "\u200D", "·", "ʼ", "ᾼ", "ᾳ", "Ω", "Å", "K", "ϐ", "Ⅻ", "ʰ", "ª", "º", "한",
        "ᄀ", "\u1161", "東", "ア", "ｱ", "ﾞ", "\u3099", "ع", "\u064B", "ـ", "क", "\u093F",
        "\uD835\uDC00", "🙂", "\u20DD", "Ⓐ", "ǰ", "ŉ", "Ĳ", "Ŀ", "ſ", "ﬅ", "Ж", "ё", " ", "a",
        "Z", "é"};
    Random random = new Random(10);
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < 5000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = 1 + random.nextInt(8); k > 0; k--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      texts.add(s.toString());
    }
    List<List<String>> js = inBrowser(texts);
    List<String> differ = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (!js.get(i).equals(Terms.words(texts.get(i)))) {
        differ.add(texts.get(i) + ": java " + Terms.words(texts.get(i)) + ", js " + js.get(i));
      }
    }
    assertThat(differ).as("texts the browser splits or folds otherwise").isEmpty();
  }
}
