package dev.gazette.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.content.DateSource;
import dev.gazette.diag.Problem;
import dev.gazette.normalize.Hashes;
import dev.gazette.normalize.ReadResult;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor must look at, gathered from one read of the archive. Every entry names the
 * source file, so the fix (front matter, {@code tags.yaml}) is one edit away.
 */
public final class EditorReport {
  private final Map<String, Object> data = new LinkedHashMap<>();
  private final StringBuilder text = new StringBuilder();

  public EditorReport(List<ReadResult> reads, Archive archive, long millis) {
    TagIndex tags = TagIndex.of(archive);
    StoryGroups stories = StoryGroups.of(archive.articles());
    Map<String, ReadResult> readBySource = new HashMap<>();
    reads.forEach(r -> readBySource.put(r.source(), r));

    List<Map<String, Object>> undated = new ArrayList<>();
    List<Map<String, Object>> inferred = new ArrayList<>();
    for (Article a : archive.articles()) {
      if (a.date().isEmpty()) {
        undated.add(entry(a, null));
      } else if (a.dateSource() == DateSource.INFERRED) {
        Map<String, Object> e = entry(a, null);
        e.put("date", a.date().get().toString());
        ReadResult r = readBySource.get(a.source());
        e.put("confidence", r == null ? "" : r.dateConfidence().key());
        inferred.add(e);
      }
    }
    List<Map<String, Object>> guesses = new ArrayList<>();
    List<Map<String, Object>> skipped = new ArrayList<>();
    for (ReadResult r : reads) {
      r.decodingGuess().ifPresent(g -> guesses.add(Map.of("source", r.source(), "guess", g)));
      if (r.article().isEmpty()) {
        List<String> reasons = r.problems().stream().map(Problem::toString).toList();
        skipped.add(Map.of("source", r.source(), "reasons", reasons));
      }
    }
    Map<String, List<Article>> byBody = new LinkedHashMap<>();
    for (Article a : archive.articles()) {
      byBody.computeIfAbsent(Hashes.sha256(a.body()), k -> new ArrayList<>()).add(a);
    }
    List<List<String>> exact = new ArrayList<>();
    byBody.values().stream().filter(g -> g.size() > 1)
        .forEach(g -> exact.add(g.stream().map(Article::source).sorted().toList()));
    List<List<String>> near = new ArrayList<>();
    for (List<Article> g : stories.groups()) {
      List<String> sources = g.stream().map(Article::source).sorted().toList();
      if (!exact.contains(sources)) {
        near.add(sources);
      }
    }
    List<Map<String, Object>> tagCounts = new ArrayList<>();
    List<String> usedOnce = new ArrayList<>();
    for (TagIndex.Entry e : tags.byCount()) {
      tagCounts.add(Map.of("tag", e.tag().name(), "count", e.count()));
      if (e.count() == 1) {
        usedOnce.add(e.tag().name());
      }
    }
    List<Integer> perArticle = archive.articles().stream().map(a -> a.tags().size()).sorted()
        .toList();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("files read", reads.size());
    figures.put("articles", archive.size());
    figures.put("skipped", skipped.size());
    figures.put("undated", undated.size());
    figures.put("inferred dates", inferred.size());
    figures.put("decoding guesses", guesses.size());
    figures.put("exact duplicate groups", exact.size());
    figures.put("near-duplicate groups", near.size());
    figures.put("distinct tags", tagCounts.size());
    figures.put("tags used once", usedOnce.size());
    figures.put("tags per article (median)", perArticle.isEmpty() ? 0
        : perArticle.get(perArticle.size() / 2));
    figures.put("tags per article (max)", perArticle.isEmpty() ? 0
        : perArticle.get(perArticle.size() - 1));
    figures.put("largest tags", tagCounts.stream().limit(10)
        .map(m -> m.get("tag") + " (" + m.get("count") + ")").toList());
    figures.put("time (ms)", millis);

    data.put("figures", figures);
    data.put("undated", undated);
    data.put("inferredDates", inferred);
    data.put("decodingGuesses", guesses);
    data.put("skipped", skipped);
    data.put("exactDuplicates", exact);
    data.put("nearDuplicates", near);
    data.put("tagsUsedOnce", usedOnce);
    data.put("tags", tagCounts);

    text.append("Gazette editor's report\n\n");
    figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
    section("Undated articles (add 'date:' to their front matter)", undated.stream()
        .map(e -> e.get("source") + "  " + e.get("title")).toList());
    section("Inferred dates (check them; set 'date:' to confirm)", inferred.stream()
        .map(e -> e.get("source") + "  " + e.get("date") + " (" + e.get("confidence") + ")  "
            + e.get("title")).toList());
    section("Decoding guesses (save these files as UTF-8)", guesses.stream()
        .map(e -> e.get("source") + "  " + e.get("guess")).toList());
    section("Skipped files", skipped.stream().map(e -> e.get("source") + "  "
        + String.join("; ", castList(e.get("reasons")))).toList());
    section("Exact duplicates", exact.stream().map(g -> String.join("  =  ", g)).toList());
    section("Near-duplicates (same story)", near.stream().map(g -> String.join("  ~  ", g))
        .toList());
    section("Tags used once (ban or alias them in tags.yaml)", usedOnce);
    section("Tags", tagCounts.stream().map(m -> m.get("count") + "  " + m.get("tag")).toList());
  }

  private static Map<String, Object> entry(Article a, String extra) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("source", a.source());
    e.put("title", a.title());
    if (extra != null) {
      e.put("note", extra);
    }
    return e;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }

  private void section(String title, List<String> lines) {
    text.append('\n').append(title).append(": ").append(lines.size()).append('\n');
    lines.forEach(l -> text.append("  ").append(l).append('\n'));
  }

  public String text() {
    return text.toString();
  }

  public String json() {
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(data) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report is plain data", e);
    }
  }
}
