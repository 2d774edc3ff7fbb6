package dev.gazette.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as the index and the browser see them: runs of letters, digits and combining marks,
 * lower-cased, compatibility forms replaced by the letters they stand for ("ﬁ" → "fi", "Ａ" →
 * "a", "²" → "2"), accents removed ("Zoë" → "zoe"), a few letters spelled out ("ß" → "ss") and
 * final sigma written as any other ("ς" → "σ"). The client ({@code search.js}) repeats these
 * rules exactly ({@code TermsParityBrowserTest} runs its copy in Chromium); the stop words
 * travel to it in the index manifest, so the list lives here only.
 */
public final class Terms {
  /** Common English words left out of the index (kept in phrases, which are checked on text). */
  public static final List<String> STOP_WORDS = List.of("a", "about", "after", "all", "also",
      "an", "and", "any", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could",
      "did", "do", "does", "don", "for", "from", "had", "has", "have", "he", "her", "him", "his",
      "how", "if", "in", "into", "is", "it", "its", "ll", "me", "more", "my", "no", "not", "of",
      "on", "or", "our", "re", "she", "so", "than", "that", "the", "their", "them", "then",
      "there", "these", "they", "this", "to", "ve", "was", "we", "were", "what", "when", "which",
      "who", "will", "with", "would", "you", "your");
  private static final Set<String> STOP = Set.copyOf(STOP_WORDS);
  /** Longer runs are codes or junk, not words anyone types. */
  static final int MAX_LENGTH = 40;

  private Terms() {}

  /** Lower case, no accents: the form every term is stored and looked up in. */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAscii(lower)) {
      return lower; // nothing to decompose or spell out
    }
    // NFKD, not NFD: a ligature or a full-width letter is the letters a reader types. What it
    // gives may be a capital (𝐀 → A), so it is lower-cased again.
    String decomposed =
        Normalizer.normalize(lower, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ø' -> b.append('o');
        case 'đ', 'ð' -> b.append('d');
        case 'ł' -> b.append('l');
        case 'þ' -> b.append("th");
        case 'ı' -> b.append('i');
        // Which sigma lower-casing makes final depends on what follows (a prefix being typed
        // ends in ς) and on the library (Java's rule and the browsers' differ): one sigma.
        case 'ς' -> b.append('σ');
        default -> b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Every word of {@code text}, folded, stop words included, in order. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    scan(text, (t, from, to, ascii) -> add(out, t, from, to, ascii));
    return out;
  }

  /** Receives each word of a text as it is found: {@code t[from, to)}, unfolded. */
  @FunctionalInterface
  interface WordSink {
    /** @param ascii whether the word is only ASCII letters and digits */
    void word(char[] t, int from, int to, boolean ascii);
  }

  /** Finds the words of {@code text}, in order: runs of {@link #isWordChar} characters. */
  static void scan(String text, WordSink sink) {
    // Over a char array, not String.charAt: a text beyond Latin-1 pays for a bounds-check call
    // at every character on the fast compiler a build runs on; and a word of ASCII letters and
    // digits (most of them) is lower-cased as it is copied out, with no folding to do.
    char[] t = text.toCharArray();
    int n = t.length;
    int start = -1;
    boolean ascii = true;
    for (int i = 0; i < n; ) {
      char ch = t[i];
      int c = ch;
      int width = 1;
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(t[i + 1])) {
        c = Character.toCodePoint(ch, t[i + 1]);
        width = 2;
      }
      boolean inWord = isWordChar(c);
      if (inWord && start < 0) {
        start = i;
        ascii = true;
      } else if (!inWord && start >= 0) {
        sink.word(t, start, i, ascii);
        start = -1;
      }
      if (inWord && c >= 0x80) {
        ascii = false;
      }
      i += width;
    }
    if (start >= 0) {
      sink.word(t, start, n, ascii);
    }
  }

  private static void add(List<String> out, char[] t, int from, int to, boolean ascii) {
    if (!ascii) {
      add(out, new String(t, from, to - from));
      return;
    }
    char[] w = new char[to - from];
    lowerAscii(t, from, to, w);
    out.add(new String(w));
  }

  /**
   * Copies the ASCII word {@code t[from, to)} into {@code into}, lower-cased: for such a word
   * that is the whole of {@link #fold}.
   */
  static void lowerAscii(char[] t, int from, int to, char[] into) {
    for (int k = from; k < to; k++) {
      char c = t[k];
      into[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  private static void add(List<String> out, String word) {
    String w = fold(word);
    if (!w.isEmpty()) {
      out.add(w);
    }
  }

  /** {@code [\p{L}\p{N}\p{M}]}: a letter, a number or a combining mark. */
  static boolean isWordChar(int c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
      default -> false;
    };
  }

  /** Whether a folded word is one of {@link #STOP_WORDS}. */
  static boolean isStopWord(String folded) {
    return STOP.contains(folded);
  }

  /** Whether a folded word is indexed: two to {@value #MAX_LENGTH} characters, not a stop word. */
  public static boolean indexed(String folded) {
    return folded.length() >= 2 && folded.length() <= MAX_LENGTH && !STOP.contains(folded);
  }

  /** The indexed words of {@code text}, in order. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      if (indexed(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
