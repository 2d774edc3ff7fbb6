package dev.gazette.normalize;

import dev.gazette.content.Article;
import dev.gazette.content.DateConfidence;
import dev.gazette.content.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown file {@code normalize} writes for a raw article, and the test of whether a person
 * has edited it since: the file records the hash of its own text (without that line), so any
 * change by hand shows as a mismatch and the file is never overwritten.
 */
public final class NormalizedFile {
  private static final Pattern HASH_LINE = Pattern.compile("(?m)^gazette_hash: *\"?([0-9a-f]{64})"
      + "\"?\\n");

  private final FrontMatterCodec codec = new FrontMatterCodec();

  /** The whole Markdown file for a raw article, its date as sure as its source says. */
  public String render(Article article, String sourceFileName) {
    return render(article, sourceFileName, DateConfidence.of(article.dateSource()));
  }

  /** The whole Markdown file for a raw article with its tags and how sure its date is. */
  public String render(Article article, String sourceFileName, DateConfidence confidence) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("title", article.title());
    article.date().ifPresent(d -> fields.put("date", d.toString()));
    fields.put("date_source", article.dateSource().key());
    fields.put("date_confidence", confidence.key());
    fields.put("tags", article.tags().stream().map(Tag::name).toList());
    fields.put("slug", article.slug().value());
    fields.put("summary", article.summary());
    fields.put("source", sourceFileName);
    fields.put("source_sha256", article.sourceHash());
    String unsigned = codec.write(fields, article.body());
    fields.put("gazette_hash", Hashes.sha256(unsigned));
    return codec.write(fields, article.body());
  }

  /** What an existing Markdown file is, as far as normalizing is concerned. */
  public enum State {
    /** Written by normalize and not touched since. */
    UNEDITED,
    /** Written by normalize, then changed by a person. */
    EDITED,
    /** Not written by normalize at all. */
    HAND_WRITTEN
  }

  public static State state(String text) {
    String t = text.replace("\r\n", "\n");
    Matcher m = HASH_LINE.matcher(t);
    if (!t.startsWith("---\n") || !m.find()) {
      return State.HAND_WRITTEN;
    }
    String recorded = m.group(1);
    String unsigned = t.substring(0, m.start()) + t.substring(m.end());
    return Hashes.sha256(unsigned).equals(recorded) ? State.UNEDITED : State.EDITED;
  }
}
