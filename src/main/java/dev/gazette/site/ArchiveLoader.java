package dev.gazette.site;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Archive;
import dev.gazette.content.Article;
import dev.gazette.diag.Problems;
import dev.gazette.normalize.ArticleReader;
import dev.gazette.normalize.ReadResult;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import dev.gazette.taxonomy.TagExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads every article file in parallel, gives raw articles their extracted tags and assembles the
 * archive. A file that cannot be read becomes a problem naming it; the rest go on.
 */
public final class ArchiveLoader {
  private final SiteConfig config;

  public ArchiveLoader(SiteConfig config) {
    this.config = config;
  }

  public LoadedArchive load(Path root, Path contentDir, boolean drafts, Problems problems) {
    List<SourceFile> files = new ContentWalker(root).walk(contentDir);
    return load(files, drafts, problems);
  }

  public LoadedArchive load(List<SourceFile> files, boolean drafts, Problems problems) {
    ArticleReader reader = new ArticleReader(config);
    List<ReadResult> reads = files.parallelStream().map(reader::read)
        .map(ReadResult::withoutRaw).toList();
    TagExtractor extractor = new TagExtractor(config.maxTagsPerArticle());
    List<Article> articles = new ArrayList<>(reads.size());
    for (ReadResult r : reads) {
      problems.addAll(r.problems());
    }
    List<Article> tagged = reads.parallelStream()
        .filter(r -> r.article().isPresent())
        .map(r -> r.needsTags() ? r.article().get().withTags(extractor.extract(r.article().get()))
            : r.article().get())
        .toList();
    articles.addAll(tagged);
    Archive archive = Archive.of(articles, drafts);
    problems.addAll(archive.problems());
    return new LoadedArchive(archive, reads);
  }

  /**
   * Like {@link #load(Path, Path, boolean, Problems)}, but files whose bytes are unchanged since
   * the cache was written are not read again; fresh results are added to the cache.
   */
  LoadedArchive load(Path root, Path contentDir, boolean drafts, Problems problems,
      ReadCache cache) {
    List<SourceFile> files = new ContentWalker(root).walk(contentDir);
    ArticleReader reader = new ArticleReader(config);
    TagExtractor extractor = new TagExtractor(config.maxTagsPerArticle());
    List<ReadResult> reads = files.parallelStream().map(f -> cache.lookup(f).orElseGet(() -> {
      ReadResult r = reader.read(f).withoutRaw();
      if (r.needsTags() && r.article().isPresent()) {
        Article a = r.article().get();
        r = new ReadResult(r.source(), Optional.of(a.withTags(extractor.extract(a))), false,
            r.raw(), r.decodingGuess(), r.dateConfidence(), r.problems());
      }
      cache.store(f, r);
      return r;
    })).toList();
    for (ReadResult r : reads) {
      problems.addAll(r.problems());
    }
    Archive archive = Archive.of(reads.stream().flatMap(r -> r.article().stream()).toList(),
        drafts);
    problems.addAll(archive.problems());
    return new LoadedArchive(archive, reads);
  }
}
