package dev.gazette.site;

import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.diag.Problem;
import dev.gazette.diag.Problems;
import dev.gazette.engine.ReadCache;
import dev.gazette.markdown.MarkdownLimits;
import dev.gazette.normalize.ArticleReader;
import dev.gazette.normalize.ReadResult;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import dev.gazette.taxonomy.ArchiveTagger;
import dev.gazette.taxonomy.SavedTagging;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads every article file in parallel, gives raw articles their extracted tags and assembles the
 * archive. A file that cannot be read becomes a problem naming it; the rest go on.
 */
public final class ArchiveLoader {
  private final SiteConfig config;
  private final TagRules tagRules;

  public ArchiveLoader(SiteConfig config) {
    this(config, TagRules.none());
  }

  /** @param tagRules the site's {@code tags.yaml}: aliases and banned tags */
  public ArchiveLoader(SiteConfig config, TagRules tagRules) {
    this.config = config;
    this.tagRules = tagRules;
  }

  public LoadedArchive load(Path root, Path contentDir, boolean drafts, Problems problems) {
    List<SourceFile> files = new ContentWalker(root).walk(contentDir, problems::add);
    return load(files, drafts, problems);
  }

  public LoadedArchive load(List<SourceFile> files, boolean drafts, Problems problems) {
    ArticleReader reader = new ArticleReader(config);
    List<ReadResult> reads = files.parallelStream().map(reader::read)
        .map(ReadResult::withoutRaw).toList();
    return assemble(reads, drafts, problems, (file, article, find) -> find.apply(article),
        null, null);
  }

  /** Where the tagger's findings in one article come from: found afresh, or kept. */
  @FunctionalInterface
  private interface PreparedSource {
    ArchiveTagger.Prepared get(String file, Article article,
        Function<Article, ArchiveTagger.Prepared> find);
  }

  /** Every source file of {@code inputs}, read in full. */
  public static LoadedArchive load(SiteInputs inputs, Problems problems) {
    problems.addAll(inputs.listingProblems());
    return new ArchiveLoader(inputs.config(), inputs.tagRules()).load(inputs.sources(),
        inputs.options().drafts(), problems);
  }

  /**
   * Like {@link #load(List, boolean, Problems)}, but files whose bytes are unchanged since the
   * cache was written are not read again; fresh results are added to the cache. Tags are decided
   * afterwards, over the whole archive, so the cache holds untagged articles.
   */
  public LoadedArchive load(List<SourceFile> files, boolean drafts, Problems problems,
      ReadCache cache) {
    return load(files, drafts, problems, cache, null, null);
  }

  /**
   * @param tagMemo what the last tagging of a resident build kept, or {@code null}
   * @param lastTagging what the last build in another process saved, or {@code null} for a
   *     build that saves nothing; with a {@code tagMemo}, its choices are taken only while the
   *     memo holds none
   */
  public LoadedArchive load(List<SourceFile> files, boolean drafts, Problems problems,
      ReadCache cache, ArchiveTagger.Memo tagMemo, SavedTagging lastTagging) {
    ArticleReader reader = new ArticleReader(config);
    List<ReadResult> reads = files.parallelStream().map(f -> cache.lookup(f).orElseGet(() -> {
      ReadResult r = reader.read(f).withoutRaw();
      cache.store(f, r);
      return r;
    })).toList();
    return assemble(reads, drafts, problems, cache::prepared, tagMemo, lastTagging);
  }

  private LoadedArchive assemble(List<ReadResult> reads, boolean drafts, Problems problems,
      PreparedSource prepared, ArchiveTagger.Memo tagMemo, SavedTagging lastTagging) {
    for (ReadResult r : reads) {
      problems.addAll(r.problems());
    }
    List<ReadResult> accepted = new ArrayList<>(reads.size());
    MarkdownLimits limits = MarkdownLimits.withTimeLimit(config.articleTimeLimit());
    for (ReadResult r : reads) {
      r.article().ifPresent(a -> {
        // Checked on every build, cached or not, so the error is never seen only once.
        Optional<MarkdownLimits.Excess> excess = limits.check(a.body());
        if (excess.isPresent()) {
          int line = a.bodyLine() > 0 ? a.bodyLine() + excess.get().line() - 1 : 0;
          problems.add(Problem.error(a.source(), line, excess.get().message() + "; the"
              + " article is skipped"));
        } else {
          accepted.add(r);
        }
      });
    }
    ArchiveTagger tagger = new ArchiveTagger(config.maxTagsPerArticle(), tagRules);
    List<ArchiveTagger.Input> inputs = accepted.parallelStream().map(r -> {
      Article a = r.article().orElseThrow();
      return new ArchiveTagger.Input(a, r.needsTags(),
          r.needsTags() ? prepared.get(r.source(), a, tagger::prepare) : null);
    }).toList();
    ArchiveTagger.Tagged tagged = tagger.tag(inputs, tagMemo, lastTagging);
    Archive archive = Archive.of(tagged.articles(), drafts);
    problems.addAll(archive.problems());
    return new LoadedArchive(archive, reads, tagRules.withAliases(tagged.folded()),
        tagged.saved());
  }
}
