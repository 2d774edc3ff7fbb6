package dev.gazette.normalize;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.DateConfidence;
import dev.gazette.content.DateSource;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.Problem;
import dev.gazette.source.DecodedText;
import dev.gazette.source.SourceFile;
import dev.gazette.source.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one article file, raw or Markdown, into the article model. Safe to call in parallel. */
public final class ArticleReader {
  /** Files larger than this are refused: no article is 16 MiB of text. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  private final TextDecoder decoder = new TextDecoder();
  private final FrontMatterCodec codec = new FrontMatterCodec();
  private final DateParser dates;
  private final RawArticleParser rawParser;

  public ArticleReader(SiteConfig config) {
    this.dates = new DateParser(config.dateOrder(), config.timeZone());
    this.rawParser = new RawArticleParser(dates);
  }

  public ReadResult read(SourceFile file) {
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > MAX_BYTES) {
        return ReadResult.failed(file.name(), Problem.error(file.name(), 0, "file is " + size
            + " bytes; articles over " + MAX_BYTES + " bytes are skipped"));
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      return ReadResult.failed(file.name(), Problem.error(file.name(), 0, "cannot read: " + e));
    }
    DecodedText decoded;
    try {
      decoded = decoder.decode(bytes);
    } catch (TextDecoder.NotTextException e) {
      return ReadResult.failed(file.name(), Problem.error(file.name(), 0, e.getMessage()
          + "; skipped"));
    }
    if (decoded.text().isBlank()) {
      // An editor's new file, or one being saved as the build reads it: nothing to publish and
      // nothing wrong enough to fail the build. An empty .md was published as a blank page.
      return ReadResult.failed(file.name(), Problem.warning(file.name(), 0,
          "file is empty (no text, or only white space); skipped"));
    }
    String hash = Hashes.sha256(bytes);
    List<Problem> problems = new ArrayList<>();
    decoded.guess().ifPresent(g -> problems.add(Problem.warning(file.name(), decoded.guessLine(),
        g)));
    try {
      if (file.isRawText() && !FrontMatterCodec.hasFrontMatter(decoded.text())) {
        return readRaw(file, decoded, hash, problems);
      }
      return readMarkdown(file, decoded, hash, problems);
    } catch (ContentException e) {
      problems.add(e.problem());
      return new ReadResult(file.name(), Optional.empty(), false, Optional.empty(),
          decoded.guess(), DateConfidence.NONE, problems);
    }
  }

  private ReadResult readRaw(SourceFile file, DecodedText decoded, String hash,
      List<Problem> problems) {
    RawArticle raw = rawParser.parse(decoded.text(), DateParser.fromFileName(file.baseName()));
    if (raw.blocks().isEmpty() && raw.title().equals("Untitled")) {
      problems.add(Problem.error(file.name(), 0, "file has no text; skipped"));
      return new ReadResult(file.name(), Optional.empty(), false, Optional.of(raw),
          decoded.guess(), DateConfidence.NONE, problems);
    }
    Article article = new Article(file.name(), Slug.of(raw.title(), "article"), raw.title(),
        raw.date(), raw.dateSource(), List.of(), raw.summary(), MarkdownBody.write(raw.blocks()),
        false, hash, 0);
    return new ReadResult(file.name(), Optional.of(article), true, Optional.of(raw),
        decoded.guess(), raw.dateConfidence(), problems);
  }

  private ReadResult readMarkdown(SourceFile file, DecodedText decoded, String hash,
      List<Problem> problems) throws ContentException {
    FrontMatterCodec.Split split = codec.split(file.name(), decoded.text());
    problems.addAll(split.warnings());
    FrontMatter fm = split.frontMatter();
    String body = printableBody(file.name(), split.body(), split.bodyLine(), problems);

    String title = fm.title().map(String::strip).filter(t -> !t.isEmpty()).orElse("");
    if (title.isEmpty()) {
      title = PlainText.leadingHeading(body);
      if (title.isEmpty()) {
        title = humanize(file.baseName());
        problems.add(Problem.warning(file.name(), 1, "no 'title' in front matter; using '"
            + title + "' from the file name"));
      }
    }

    Optional<LocalDate> date = Optional.empty();
    DateSource dateSource = DateSource.NONE;
    if (fm.date().isPresent() && !fm.date().get().isBlank()) {
      String value = fm.date().get();
      date = dates.parseValue(value);
      if (date.isEmpty()) {
        throw new ContentException(Problem.error(file.name(), fm.dateLine(), "date '" + value
            + "' is not a date; expected a form such as 2024-06-23, 2024-06-23T10:00:00Z or"
            + " 23 June 2024"));
      }
      dateSource = DateSource.FRONT_MATTER;
    } else {
      date = DateParser.fromFileName(file.baseName());
      if (date.isPresent()) {
        dateSource = DateSource.FILENAME;
      }
    }
    if (fm.dateSource().isPresent() && date.isPresent()) {
      try {
        dateSource = DateSource.fromKey(fm.dateSource().get());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.warning(file.name(), 1, e.getMessage()));
      }
    }

    DateConfidence confidence = DateConfidence.of(dateSource);
    if (fm.dateConfidence().isPresent() && date.isPresent()) {
      try {
        confidence = DateConfidence.fromKey(fm.dateConfidence().get());
      } catch (IllegalArgumentException e) {
        problems.add(Problem.warning(file.name(), 1, e.getMessage()));
      }
    }
    if (date.isEmpty()) {
      confidence = DateConfidence.NONE;
    }

    String finalTitle = title;
    Slug slug = fm.slug().map(s -> Slug.of(s, "article"))
        .orElseGet(() -> Slug.of(slugBase(file.baseName(), finalTitle), "article"));
    List<Tag> tags = new ArrayList<>();
    Map<String, Tag> seen = new LinkedHashMap<>();
    for (String t : fm.tags().orElse(List.of())) {
      Tag tag = Tag.of(t);
      seen.putIfAbsent(tag.slug().value(), tag);
    }
    tags.addAll(seen.values());
    String summary = fm.summary().map(String::strip)
        .orElseGet(() -> PlainText.firstParagraph(body));
    Article article = new Article(file.name(), slug, title, date, dateSource, tags, summary,
        body, fm.draft(), hash, split.bodyLine());
    // A normalized article without tags in its front matter still gets extracted tags.
    boolean needsTags = fm.tags().isEmpty() && fm.source().isPresent();
    return new ReadResult(file.name(), Optional.of(article), needsTags, Optional.empty(),
        decoded.guess(), confidence, problems);
  }

  /**
   * The body without what is removed from front-matter values (controls, bidirectional
   * overrides, non-characters): a title or summary taken from the body, and the page, hold none
   * of them either. One warning names the line of the first.
   */
  private static String printableBody(String file, String body, int bodyLine,
      List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    String clean = FrontMatterCodec.printable(file, bodyLine, "body", body, found);
    if (found.isEmpty()) {
      return body;
    }
    int first = 0;
    while (first < clean.length() && clean.charAt(first) == body.charAt(first)) {
      first++;
    }
    int line = bodyLine + (int) body.substring(0, first).chars().filter(c -> c == '\n').count();
    problems.add(Problem.warning(file, line, found.get(0).message()));
    return clean;
  }

  /** A file named {@code 2024-06-23-my-story} gives the slug {@code my-story}. */
  private static String slugBase(String baseName, String title) {
    String name = baseName.replaceFirst("^\\d{4}-\\d{2}-\\d{2}[-_ ]?", "");
    return name.isBlank() ? title : name;
  }

  private static String humanize(String baseName) {
    String s = baseName.replaceFirst("^\\d{4}-\\d{2}-\\d{2}[-_ ]?", "").replaceAll("[-_]+", " ")
        .strip();
    return s.isEmpty() ? "Untitled" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
