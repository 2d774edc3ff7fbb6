package dev.gazette.normalize;

import dev.gazette.content.DateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the shape of a raw article: an optional date header, an optional headline, paragraphs
 * separated by blank lines or by single newlines, and caption lines mixed into the text.
 */
public final class RawArticleParser {
  private static final int HEADLINE_MAX_WORDS = 25;
  private static final int HEADLINE_MAX_CHARS = 200;
  private static final int TITLE_MAX_WORDS = 20;
  private static final int WRAPPED_LINE_MAX = 80;
  private static final int SUMMARY_MAX_CHARS = 400;

  /** "... Photo / Getty Images", "Picture: AP", "(Photo: Reuters)", "Credit: ...". */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)(?:^|[.!?\\s])(?:photos?|pictures?|pic|images?|photograph|video|illustration|credit)"
      + "s?\\s*(?:/|:|\\|)\\s*[^.!?]{1,80}$|\\((?:photos?|pictures?|images?|credit)\\b[^)]*\\)$");
  private static final Pattern PICTURED = Pattern.compile(
      "(?i)\\(pictured\\b|\\(left\\)|\\(right\\)|\\(centre\\)|\\(center\\)|\\(top\\)|\\(above\\)"
      + "|,\\s+pictured\\b");
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[^A-Z][.!?])(?:[\"'”’)\\]]*)\\s+(?=[\"'“‘(\\[]?[A-Z0-9])");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?:[,;:]|\\s[–—-])\\s+|\\s+(?=(?:after|while|as|because|despite|amid|following|since"
      + "|before|when|which|who|but|although|though|until)\\s)");

  private final DateParser dates;

  public RawArticleParser(DateParser dates) {
    this.dates = dates;
  }

  /**
   * @param text decoded file text
   * @param fileNameDate a date found in the file name, used when the text has no date header
   */
  public RawArticle parse(String text, Optional<LocalDate> fileNameDate) {
    List<String> lines = new ArrayList<>(List.of(TextCleaner.clean(text).split("\n", -1)));
    lines.replaceAll(TextCleaner::squeeze);

    Optional<LocalDate> date = Optional.empty();
    DateSource source = DateSource.NONE;
    int first = firstNonBlank(lines, 0);
    if (first >= 0) {
      Optional<DateParser.Leading> header = dates.parseLeading(lines.get(first));
      if (header.isPresent()) {
        date = Optional.of(header.get().date());
        source = DateSource.HEADER;
        lines.set(first, header.get().rest());
      } else {
        // A date line may also stand right under the headline.
        int second = firstNonBlank(lines, first + 1);
        if (second >= 0) {
          Optional<DateParser.Leading> under = dates.parseLeading(lines.get(second));
          if (under.isPresent() && under.get().rest().isEmpty()) {
            date = Optional.of(under.get().date());
            source = DateSource.HEADER;
            lines.set(second, "");
          }
        }
      }
    }
    if (date.isEmpty() && fileNameDate.isPresent()) {
      date = fileNameDate;
      source = DateSource.FILENAME;
    }

    List<String> paragraphs = paragraphs(lines);
    String title = null;
    int bodyStart = 0;
    if (!paragraphs.isEmpty() && paragraphs.size() > 1 && isHeadline(paragraphs.get(0))) {
      title = stripClosingPunctuation(paragraphs.get(0));
      bodyStart = 1;
    }
    List<Block> blocks = new ArrayList<>();
    for (int i = bodyStart; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      blocks.add(isCaption(p) ? new Block.Caption(p) : new Block.Paragraph(p));
    }
    String lede = blocks.stream().filter(b -> b instanceof Block.Paragraph).map(Block::text)
        .findFirst()
        .orElse(blocks.isEmpty() ? "" : blocks.get(0).text());
    boolean derived = title == null;
    if (derived) {
      title = deriveTitle(lede.isEmpty() && bodyStart < paragraphs.size()
          ? paragraphs.get(bodyStart) : lede);
    }
    return new RawArticle(title, derived, date, source, blocks, summarize(lede));
  }

  private static int firstNonBlank(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Blocks separated by blank lines. Inside a block, lines that look hard-wrapped (all short) are
   * joined into one paragraph; otherwise each line is a paragraph of its own, which is how files
   * written one paragraph per line arrive.
   */
  static List<String> paragraphs(List<String> lines) {
    List<String> result = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        flush(block, result);
      } else {
        block.add(line);
      }
    }
    flush(block, result);
    return result;
  }

  private static void flush(List<String> block, List<String> out) {
    if (block.isEmpty()) {
      return;
    }
    boolean wrapped = block.size() > 1;
    for (int i = 0; i < block.size() - 1; i++) {
      String line = block.get(i);
      if (line.length() > WRAPPED_LINE_MAX || line.length() < WRAPPED_LINE_MAX / 2) {
        wrapped = false;
        break;
      }
    }
    if (wrapped) {
      out.add(String.join(" ", block));
    } else {
      out.addAll(block);
    }
    block.clear();
  }

  static boolean isHeadline(String p) {
    if (CREDIT.matcher(p).find() || PICTURED.matcher(p).find()) {
      return false;
    }
    String core = stripClosingPunctuation(p);
    int words = wordCount(core);
    if (words == 0 || words > HEADLINE_MAX_WORDS || core.length() > HEADLINE_MAX_CHARS) {
      return false;
    }
    String end = p.replaceAll("[\"'”’)\\]\\s]+$", "");
    return !end.endsWith(".") || end.endsWith("...") || end.endsWith("…");
  }

  /** A caption: a credit at its end, a "(pictured ...)" note, or text that is not a sentence. */
  static boolean isCaption(String p) {
    if (CREDIT.matcher(p).find() || PICTURED.matcher(p).find()) {
      return true;
    }
    return !endsLikeSentence(p);
  }

  static boolean endsLikeSentence(String p) {
    String end = p.replaceAll("[\"'”’)\\]*_\\s]+$", "");
    if (end.isEmpty()) {
      return false;
    }
    char c = end.charAt(end.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == ';';
  }

  private static String stripClosingPunctuation(String p) {
    String s = p.strip();
    if (s.endsWith(".") && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  /** A clean phrase from the lede: its first sentence, or that sentence's main clause. */
  static String deriveTitle(String lede) {
    String text = withoutCredit(lede).strip();
    if (text.isEmpty()) {
      return "Untitled";
    }
    String sentence = SENTENCE_END.split(text, 2)[0].strip();
    sentence = sentence.replaceAll("[.!?…]+$", "").strip();
    if (wordCount(sentence) <= TITLE_MAX_WORDS) {
      return sentence;
    }
    var m = CLAUSE_BREAK.matcher(sentence);
    while (m.find()) {
      String head = sentence.substring(0, m.start()).strip();
      int words = wordCount(head);
      if (words >= 5 && words <= TITLE_MAX_WORDS && balanced(head)) {
        return head;
      }
      if (words > TITLE_MAX_WORDS) {
        break;
      }
    }
    String[] words = sentence.split("\\s+");
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      cut.append(i == 0 ? "" : " ").append(words[i]);
    }
    return cut.toString().replaceAll("[,;:]$", "") + "…";
  }

  private static boolean balanced(String s) {
    int open = 0;
    for (char c : s.toCharArray()) {
      if (c == '(') {
        open++;
      } else if (c == ')') {
        open--;
      }
    }
    return open == 0;
  }

  static String withoutCredit(String p) {
    return CREDIT.matcher(p).replaceFirst("").strip();
  }

  /** The lede, cut at a sentence end when very long. */
  static String summarize(String lede) {
    if (lede.length() <= SUMMARY_MAX_CHARS) {
      return lede;
    }
    String[] sentences = SENTENCE_END.split(lede);
    StringBuilder out = new StringBuilder();
    for (String s : sentences) {
      if (out.length() > 0 && out.length() + s.length() + 1 > SUMMARY_MAX_CHARS) {
        break;
      }
      out.append(out.length() == 0 ? "" : " ").append(s.strip());
    }
    if (out.length() > SUMMARY_MAX_CHARS) {
      int cut = out.lastIndexOf(" ", SUMMARY_MAX_CHARS - 1);
      return out.substring(0, cut > 0 ? cut : SUMMARY_MAX_CHARS) + "…";
    }
    return out.toString();
  }

  static int wordCount(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
