package dev.gazette.normalize;

import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
  /** "(pictured ...)", "(left)", ", pictured with ...": a photo is being described. */
  private static final List<String> PICTURED = List.of("(pictured", "(left)", "(right)",
      "(centre)", "(center)", "(top)", "(above)", ", pictured");
  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[^A-Z][.!?])(?:[\"'”’)\\]]*)\\s+(?=[\"'“‘(\\[]?[A-Z0-9])");
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "(?:[,;:]|\\s[–—-])\\s+|\\s+(?=(?:after|while|as|because|despite|amid|following|since"
      + "|before|when|which|who|but|although|though|until)\\s)");

  // Patterns used per line or per word, compiled once.
  private static final Pattern HAS_UPPER = Pattern.compile(".*\\p{Lu}.*");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  /** Closing quotes and brackets, which {@link #withoutTrailing} strips with white space. */
  static final String CLOSERS = "\"'”’)]";
  static final String CLOSERS_OR_EMPHASIS = "\"'”’)]*_";
  private static final Pattern STOPS_AT_END = Pattern.compile("[.!?…]+$");
  private static final Pattern PAUSE_AT_END = Pattern.compile("[,;:]$");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");
  private static final Pattern BULLET = Pattern.compile("^[-*•–·▪]\\s+(?=\\S)");
  /** "1." to "999."; not "01." or "007.": Markdown would show those as 1 and 7. */
  private static final Pattern NUMBERED = Pattern.compile("^(0|[1-9]\\d{0,2})[.)]\\s+(?=\\S)");
  private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|From)\\s+\\p{Lu}[\\p{L}.'’-]*"
      + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|van|von|der|la|le|di|da|bin))*"
      + "(?:\\s*[,|–—-]\\s*[^.!?]{0,60})?$");
  /** A line that is only a credit: "Getty Images", "AP Photo/Jane Doe", "© Reuters". */
  private static final Pattern CREDIT_LINE = Pattern.compile("^(?:©|\\(c\\)\\s|Copyright\\s)"
      + "[^.!?]{1,80}$|^(?:[\\p{L} .'-]{1,40}\\s*/\\s*)?(?:Getty Images|AFP|AP(?: Photo)?"
      + "|Reuters|PA(?: Wire| Media)?|EPA|Shutterstock|Alamy|Rex(?: Features)?|Bloomberg"
      + "|Xinhua|NurPhoto|Splash News|Backgrid|SWNS|Supplied)(?:\\s*/\\s*[\\p{L} .'-]{1,40})?$");
  private static final String OPENING_QUOTES = "\"'“‘«„";
  /** Words a title-case line may leave in lower case. */
  private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "nor",
      "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs", "via", "into",
      "over", "up", "off", "per", "than", "is", "are", "be", "its", "it", "v");
  /** A derived title ends before one of these words: what follows is a new phrase. */
  private static final Set<String> PHRASE_STARTS = Set.of("that", "to", "in", "on", "at", "for",
      "with", "after", "before", "as", "by", "from", "and", "but", "while", "when", "who",
      "which", "because", "since", "despite", "amid", "over", "into", "than", "during", "if",
      "where", "until", "following");
  private static final int SUBHEADING_MAX_WORDS = 10;
  private static final int CREDIT_TAIL = 160;
  private static final int CAPTION_MAX_WORDS = 60;
  private static final int SUBHEADING_MAX_CHARS = 80;

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
    DateConfidence confidence = DateConfidence.of(source);
    if (date.isEmpty()) {
      // Nothing says when it was published: the text's own latest date is the best guess.
      // There is no reference date here, so relative phrases are left unresolved.
      Optional<DateParser.Inferred> inferred = dates.infer(String.join("\n", lines),
          Optional.empty());
      if (inferred.isPresent()) {
        date = Optional.of(inferred.get().date());
        source = DateSource.INFERRED;
        confidence = inferred.get().confidence();
      }
    }

    List<String> paragraphs = paragraphs(lines);
    String title = null;
    int bodyStart = 0;
    if (!paragraphs.isEmpty() && paragraphs.size() > 1 && isHeadline(paragraphs.get(0))) {
      title = stripClosingPunctuation(paragraphs.get(0));
      bodyStart = 1;
    }
    List<Block> blocks = blocks(paragraphs.subList(bodyStart, paragraphs.size()));
    String lede = blocks.stream().filter(b -> b instanceof Block.Paragraph).map(Block::text)
        .findFirst()
        .orElse(blocks.isEmpty() ? "" : blocks.get(0).text());
    boolean derived = title == null;
    if (derived) {
      title = deriveTitle(lede.isEmpty() && bodyStart < paragraphs.size()
          ? paragraphs.get(bodyStart) : lede);
    }
    return new RawArticle(title, derived, date, source, confidence, blocks, summarize(lede));
  }

  /** Lists, sub-headings, captions and prose, in source order. */
  static List<Block> blocks(List<String> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < paragraphs.size()) {
      int end = listEnd(paragraphs, i);
      if (end - i >= 2) {
        blocks.add(list(paragraphs.subList(i, end)));
        i = end;
        continue;
      }
      String p = paragraphs.get(i);
      String next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
      if (isByline(p)) {
        blocks.add(new Block.Byline(p));
      } else if (hasCredit(p)) {
        blocks.add(new Block.Caption(p));
      } else if (isSubheading(p, next)) {
        blocks.add(new Block.Heading(p));
      } else if (isCaption(p)) {
        blocks.add(new Block.Caption(p));
      } else {
        blocks.add(new Block.Paragraph(p));
      }
      i++;
    }
    return blocks;
  }

  /**
   * Where a run of list lines starting at {@code from} ends: bullets of one kind, or numbers
   * counting up by one.
   */
  private static int listEnd(List<String> paragraphs, int from) {
    String first = paragraphs.get(from);
    Matcher num = NUMBERED.matcher(first);
    if (num.find()) {
      int expected = Integer.parseInt(num.group(1));
      int i = from;
      while (i < paragraphs.size()) {
        Matcher m = NUMBERED.matcher(paragraphs.get(i));
        if (!m.find() || Integer.parseInt(m.group(1)) != expected) {
          break;
        }
        expected++;
        i++;
      }
      return i;
    }
    Matcher bullet = BULLET.matcher(first);
    if (!bullet.find()) {
      return from;
    }
    char marker = first.charAt(0);
    int i = from;
    while (i < paragraphs.size() && paragraphs.get(i).charAt(0) == marker
        && BULLET.matcher(paragraphs.get(i)).find()) {
      i++;
    }
    return i;
  }

  private static Block.ListBlock list(List<String> lines) {
    Matcher num = NUMBERED.matcher(lines.get(0));
    boolean ordered = num.find();
    int start = ordered ? Integer.parseInt(num.group(1)) : 0;
    List<String> items = new ArrayList<>();
    for (String line : lines) {
      items.add((ordered ? NUMBERED : BULLET).matcher(line).replaceFirst("").strip());
    }
    return new Block.ListBlock(items, ordered, start);
  }

  static boolean isListLine(String line) {
    return BULLET.matcher(line).find() || NUMBERED.matcher(line).find();
  }

  /**
   * A sub-heading: a short line in title case (or capitals), without a closing full stop,
   * followed by prose. Photo captions are rarely in title case: they carry a lower-case verb.
   */
  static boolean isSubheading(String p, String next) {
    if (next == null) {
      return false;
    }
    // The cheap tests first: most paragraphs are prose, far longer than a sub-heading.
    String core = p.strip();
    int words = wordCount(core, SUBHEADING_MAX_WORDS);
    if (words == 0 || words > SUBHEADING_MAX_WORDS || core.length() > SUBHEADING_MAX_CHARS) {
      return false;
    }
    if (!endsLikeSentence(next) || !startsLikeTitle(next) || isQuotation(p) || hasCredit(p)
        || !HAS_UPPER.matcher(p).matches() || wordCount(next, words) <= words) {
      return false;
    }
    char last = core.charAt(core.length() - 1);
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!') {
      return false;
    }
    return isTitleCase(core) || isCapitals(core);
  }

  /** Every word capitalized except small words, and the first word always. */
  static boolean isTitleCase(String s) {
    String[] words = SPACES.split(s);
    boolean first = true;
    int capitalized = 0;
    for (String w : words) {
      String letters = EDGE_PUNCTUATION.matcher(w).replaceAll("");
      if (letters.isEmpty()) {
        continue;
      }
      char c = letters.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalized++;
      } else if (first || !SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT))) {
        return false;
      }
      first = false;
    }
    return capitalized > 0;
  }

  private static boolean isCapitals(String s) {
    boolean letters = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  /** A paragraph that opens a quotation: kept as prose whatever its ending. */
  static boolean isQuotation(String p) {
    return !p.isEmpty() && OPENING_QUOTES.indexOf(p.charAt(0)) >= 0;
  }

  private static boolean isPictured(String p) {
    if (p.indexOf('(') < 0 && p.indexOf("ictured") < 0) {
      return false;
    }
    String lower = p.toLowerCase(Locale.ROOT);
    for (String marker : PICTURED) {
      if (lower.contains(marker)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCredit(String p) {
    return mayHoldCredit(tail(p)) && CREDIT.matcher(tail(p)).find() || isPictured(p)
        || CREDIT_LINE.matcher(p).matches();
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
      if (line.length() > WRAPPED_LINE_MAX || line.length() < WRAPPED_LINE_MAX / 2
          || isListLine(block.get(i + 1))) {
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

  static boolean isByline(String p) {
    return wordCount(p, 12) <= 12 && BYLINE.matcher(p).matches();
  }

  static boolean isHeadline(String p) {
    if (hasCredit(p) || isByline(p)) {
      return false;
    }
    String core = stripClosingPunctuation(p);
    int words = wordCount(core);
    if (words == 0 || words > HEADLINE_MAX_WORDS || core.length() > HEADLINE_MAX_CHARS) {
      return false;
    }
    String end = withoutTrailing(p, CLOSERS);
    if (end.endsWith(",") || end.endsWith(";") || end.endsWith(":") || isListLine(p)) {
      return false;
    }
    if (!startsLikeTitle(core)) {
      return false;
    }
    return !end.endsWith(".") || end.endsWith("...") || end.endsWith("…");
  }

  /**
   * A headline starts with a capital, a digit or an amount ("$1m payoff ..."), possibly after a
   * quotation mark, or with a brand written in camel case ("iTunes now selling ...").
   */
  private static boolean startsLikeTitle(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (Character.isLowerCase(c)) {
          int end = i;
          while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
            end++;
          }
          return !s.substring(i, end).equals(s.substring(i, end).toLowerCase(Locale.ROOT));
        }
        return true;
      }
      if (OPENING_QUOTES.indexOf(c) < 0 && c != '(' && c != '['
          && Character.getType(c) != Character.CURRENCY_SYMBOL) {
        return false;
      }
    }
    return false;
  }

  /** A caption: a credit at its end, a "(pictured ...)" note, or text that is not a sentence. */
  static boolean isCaption(String p) {
    if (hasCredit(p)) {
      return true;
    }
    // Otherwise a caption is one line of description without a closing full stop. Prose cut
    // short (several sentences, a fragment starting in lower case) is not one.
    return !endsLikeSentence(p) && !isQuotation(p) && !isListLine(p) && startsLikeTitle(p)
        && wordCount(p, CAPTION_MAX_WORDS) <= CAPTION_MAX_WORDS
        && !SENTENCE_END.matcher(p).find();
  }

  static boolean endsLikeSentence(String p) {
    String end = withoutTrailing(p, CLOSERS_OR_EMPHASIS);
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
    sentence = STOPS_AT_END.matcher(sentence).replaceAll("").strip();
    if (sentence.isEmpty()) {
      return "Untitled"; // a lede of stops only ("."): a title is never blank
    }
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
    String[] words = SPACES.split(sentence);
    String phrase = phraseBefore(words);
    if (!phrase.isEmpty()) {
      return phrase;
    }
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      cut.append(i == 0 ? "" : " ").append(words[i]);
    }
    return PAUSE_AT_END.matcher(cut).replaceAll("") + "…";
  }

  /**
   * The longest opening of a sentence (6 to 14 words) that ends where a new phrase begins
   * ("... is mounting | after it was claimed"), so the title reads as a phrase, not a cut.
   */
  private static String phraseBefore(String[] words) {
    for (int k = Math.min(14, words.length - 1); k >= 6; k--) {
      String next = words[k].toLowerCase(Locale.ROOT);
      String last = NOT_ALNUM.matcher(words[k - 1].toLowerCase(Locale.ROOT)).replaceAll("");
      if (PHRASE_STARTS.contains(next) && !SMALL_WORDS.contains(last)
          && !PHRASE_STARTS.contains(last) && !words[k - 1].endsWith(",")) {
        String head = String.join(" ", java.util.Arrays.asList(words).subList(0, k));
        if (balanced(head) && quotesBalanced(head)) {
          return head;
        }
      }
    }
    return "";
  }

  private static boolean quotesBalanced(String s) {
    long open = s.chars().filter(c -> c == '“').count();
    long close = s.chars().filter(c -> c == '”').count();
    long straight = s.chars().filter(c -> c == '"').count();
    return open == close && straight % 2 == 0;
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

  /**
   * The end of a paragraph where a credit can stand (the pattern is anchored at the end and
   * allows 80 characters after the keyword): scanning only there keeps long paragraphs cheap.
   */
  private static String tail(String p) {
    if (p.length() <= CREDIT_TAIL) {
      return p;
    }
    int from = p.length() - CREDIT_TAIL;
    while (from > 0 && !Character.isWhitespace(p.charAt(from - 1))) {
      from--;
    }
    return p.substring(from);
  }

  /** False when {@link #CREDIT} cannot match: it needs "/", ":", "|" or a closing bracket. */
  private static boolean mayHoldCredit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '/' || c == ':' || c == '|' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without its trailing run of {@code chars} and white space ({@code \s}), as
   * {@code [chars\s]+$} replaced by nothing: a plain scan from the end instead of a regular
   * expression tried at every position of a long paragraph.
   */
  static String withoutTrailing(String s, String chars) {
    int end = s.length();
    while (end > 0 && isTrailing(s.charAt(end - 1), chars)) {
      end--;
    }
    if (end < s.length()) {
      return s.substring(0, end);
    }
    // As "$" does, a run may also end just before a final line terminator.
    int terminator = s.endsWith("\r\n") ? 2 : s.isEmpty() ? 0
        : "\n\r\u0085\u2028\u2029".indexOf(s.charAt(s.length() - 1)) >= 0 ? 1 : 0;
    int before = s.length() - terminator;
    int start = before;
    while (terminator > 0 && start > 0 && isTrailing(s.charAt(start - 1), chars)) {
      start--;
    }
    return start < before ? s.substring(0, start) + s.substring(before) : s;
  }

  private static boolean isTrailing(char c, String chars) {
    return chars.indexOf(c) >= 0 || c == ' ' || c == '\t' || c == '\n' || c == '\u000B'
        || c == '\f' || c == '\r';
  }

  static String withoutCredit(String p) {
    String t = tail(p);
    String cut = CREDIT.matcher(t).replaceFirst("");
    return (p.substring(0, p.length() - t.length()) + cut).strip();
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
    return wordCount(s, Integer.MAX_VALUE - 1);
  }

  /** The number of words, counted only up to {@code limit + 1}: enough to compare. */
  static int wordCount(String s, int limit) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord && ++words > limit) {
        return words;
      }
      inWord = !space;
    }
    return words;
  }
}
