package dev.gazette.taxonomy;

import java.lang.Character.UnicodeScript;

/**
 * The words and marks the tag extractor reads, one after another, found by a plain scan: what
 * the expression below finds, tried in its order at each position, without a regular
 * expression's cost on every character of every article (it was a tenth of a cold build).
 *
 * <pre>
 * [\p{Lu}\p{Lt}][\p{L}\p{M}\p{Nd}'’.&amp;-]*[\p{L}\p{M}\p{Nd}] | [\p{Lu}\p{Lt}]
 * | \p{Ll}+\p{Lu}[\p{L}\p{Nd}]* | \p{Nd}+\p{Lu}[\p{L}\p{Nd}]*
 * | [\p{IsHan}\p{IsHiragana}\p{IsKatakana}\p{IsHangul}\p{IsArabic}\p{IsHebrew}\p{IsThai}
 *    \p{IsDevanagari}\p{M}]+
 * | [\p{Ll}\p{Nd}][\p{L}\p{M}\p{Nd}'’-]* | &amp; | [.!?:;,"“”()\[\]—–\n] | (?&lt;=\s)-(?=\s)
 * </pre>
 *
 * {@code TagWordsPropertyTest} holds the expression and checks that both find the same.
 */
final class WordScanner {
  private static final String MARKS = ".!?:;,\"“”()[]—–\n";

  private final String text;
  private int next;
  private int start = -1;
  private int end = -1;
  /** Whether a capital follows the first character of the word found: 1, 0, or -1 unknown. */
  private int capitalAfterFirst = -1;

  WordScanner(String text) {
    this.text = text;
  }

  /** Finds the next word or mark; false at the end of the text. */
  boolean find() {
    int n = text.length();
    for (int i = next; i < n; ) {
      int c = text.codePointAt(i);
      capitalAfterFirst = -1;
      int e = matchAt(i, c);
      if (e >= 0) {
        start = i;
        end = e;
        next = e;
        return true;
      }
      i += Character.charCount(c);
    }
    next = n;
    return false;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String group() {
    return text.substring(start, end);
  }

  /**
   * Whether a character after the first of the word found is a capital ({@link
   * Character#isUpperCase(char)}): "iPod", "eBay". Known from the scan for words starting in
   * lower case or a digit, looked at otherwise.
   */
  boolean capitalAfterFirst() {
    if (capitalAfterFirst < 0) {
      capitalAfterFirst = 0;
      for (int i = start + 1; i < end; i++) {
        if (Character.isUpperCase(text.charAt(i))) {
          capitalAfterFirst = 1;
          break;
        }
      }
    }
    return capitalAfterFirst == 1;
  }

  /** The end of the first alternative matching at {@code i}, or -1. */
  private int matchAt(int i, int c) {
    int type = type(c);
    int after = i + Character.charCount(c);
    if (type == Character.UPPERCASE_LETTER || type == Character.TITLECASE_LETTER) {
      // A capitalized word ends at its last letter, mark or digit; or it is one capital.
      int last = -1;
      for (int j = after; j < text.length(); ) {
        int d = text.codePointAt(j);
        int dj = j + Character.charCount(d);
        if (isLetterMarkDigit(d)) {
          last = dj;
        } else if (d != '\'' && d != '’' && d != '.' && d != '&' && d != '-') {
          break;
        }
        j = dj;
      }
      return last >= 0 ? last : after;
    }
    // Where a run of lower-case letters (or digits) from i ends: the next alternative goes on
    // from there instead of reading the run again.
    int run = after;
    if (type == Character.LOWERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER) {
      // "iPod", "3ami": a run of the same kind, then a capital.
      int j = after;
      int d = -1;
      while (j < text.length() && type(d = text.codePointAt(j)) == type) {
        j += Character.charCount(d);
        d = -1;
      }
      if (d >= 0 && type(d) == Character.UPPERCASE_LETTER) {
        if (!Character.isSupplementaryCodePoint(d)) {
          capitalAfterFirst = 1;
        }
        j += Character.charCount(d);
        while (j < text.length() && isLetterOrDigit(d = text.codePointAt(j))) {
          j += Character.charCount(d);
        }
        return j;
      }
      run = j;
    }
    if (isScriptOrMark(c)) {
      int j = after;
      while (j < text.length() && isScriptOrMark(text.codePointAt(j))) {
        j += Character.charCount(text.codePointAt(j));
      }
      return j;
    }
    if (type == Character.LOWERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER) {
      // The run's letters or digits are letters or digits here too, and none is a capital.
      int j = run;
      boolean upper = false;
      while (j < text.length()) {
        int d = text.codePointAt(j);
        if (!isLetterMarkDigit(d) && d != '\'' && d != '’' && d != '-') {
          break;
        }
        // As Character.isUpperCase(char) of each char: a surrogate never is.
        upper |= !Character.isSupplementaryCodePoint(d) && Character.isUpperCase(d);
        j += Character.charCount(d);
      }
      capitalAfterFirst = upper ? 1 : 0;
      return j;
    }
    if (c == '&' || MARKS.indexOf(c) >= 0) {
      return after;
    }
    if (c == '-' && i > 0 && isSpace(text.charAt(i - 1)) && after < text.length()
        && isSpace(text.charAt(after))) {
      return after;
    }
    return -1;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** {@link Character#getType}, from a table for ASCII: most of an English text. */
  private static int type(int c) {
    return c < 128 ? ASCII_TYPES[c] : Character.getType(c);
  }

  private static final byte[] ASCII_TYPES = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_TYPES[c] = (byte) Character.getType(c);
    }
  }

  private static boolean isLetterOrDigit(int c) {
    int t = type(c);
    return isLetter(t) || t == Character.DECIMAL_DIGIT_NUMBER;
  }

  private static boolean isLetterMarkDigit(int c) {
    int t = type(c);
    return isLetter(t) || isMark(t) || t == Character.DECIMAL_DIGIT_NUMBER;
  }

  private static boolean isLetter(int t) {
    return t == Character.UPPERCASE_LETTER || t == Character.LOWERCASE_LETTER
        || t == Character.TITLECASE_LETTER || t == Character.MODIFIER_LETTER
        || t == Character.OTHER_LETTER;
  }

  private static boolean isMark(int t) {
    return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isScriptOrMark(int c) {
    if (c < 0x300) {
      return false; // Latin letters and signs: in none of these scripts, and no mark
    }
    if (isMark(Character.getType(c))) {
      return true;
    }
    UnicodeScript s = UnicodeScript.of(c);
    return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
        || s == UnicodeScript.HANGUL || s == UnicodeScript.ARABIC || s == UnicodeScript.HEBREW
        || s == UnicodeScript.THAI || s == UnicodeScript.DEVANAGARI;
  }
}
