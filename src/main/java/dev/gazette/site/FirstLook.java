package dev.gazette.site;

import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.content.Article;
import dev.gazette.content.Tag;
import dev.gazette.markdown.MarkdownLimits;
import dev.gazette.normalize.ArticleReader;
import dev.gazette.normalize.ReadResult;
import dev.gazette.render.Page;
import dev.gazette.render.PageData;
import dev.gazette.render.PageRenderer;
import dev.gazette.render.UrlScheme;
import dev.gazette.source.SourceFile;
import dev.gazette.taxonomy.ArchiveTagger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The preview's first look at an edit: the open pages of the articles whose files changed,
 * rendered from their new text and from what the last build decided for the rest of the archive
 * (neighbours, related articles, other coverage, the tagger's counts). At 10,000 articles it
 * takes milliseconds where the rebuild that follows takes seconds; that rebuild renders the same
 * pages again with everything brought up to date, and the preview shows a page again only where
 * the two differ (an edit that changed the article's tags, say, and with them its related list).
 *
 * <p>Only an edit that leaves its article at the same address is looked at first: one that
 * changes its date, slug or draft state, or makes it unreadable, waits for the rebuild.
 */
final class FirstLook {
  private final SiteConfig config;
  private final TagRules rules;
  private final boolean drafts;
  private final PageRenderer renderer;
  private final ArchiveTagger.Memo tags;
  private final SiteInputs inputs;
  private final LoadedArchive loaded;
  private final Plan plan;
  /** Source file by absolute path, as the last build listed them (filled when first needed). */
  private final Map<Path, SourceFile> sources = new HashMap<>();
  /** What reading each file gave last time, by its name. */
  private final Map<String, Article> read = new HashMap<>();
  /** Each article's page, by its source file's name. */
  private final Map<String, Page> pages = new HashMap<>();

  /**
   * @param loaded the last build's archive, whose rules hold the spellings it folded
   * @param tags the tagger's counts as the last build left them
   */
  FirstLook(SiteInputs inputs, LoadedArchive loaded, Plan plan, PageRenderer renderer,
      ArchiveTagger.Memo tags) {
    this.config = inputs.config();
    this.rules = loaded.tagRules();
    this.drafts = inputs.options().drafts();
    this.renderer = renderer;
    this.tags = tags;
    this.inputs = inputs;
    this.loaded = loaded;
    this.plan = plan;
  }

  /** Indexes the last build, the first time an edit is looked at: most builds never are. */
  private void index() {
    if (!sources.isEmpty() || inputs.sources().isEmpty()) {
      return;
    }
    inputs.sources().forEach(s -> sources.put(key(s.path()), s));
    for (ReadResult r : loaded.reads()) {
      r.article().ifPresent(a -> read.put(r.source(), a));
    }
    for (Page p : plan.pages()) {
      if (p.data() instanceof PageData.ArticleView v) {
        pages.put(v.article().source(), p);
      }
    }
  }

  /**
   * Indexes the last build and looks at one article as an edit would, throwing the page away:
   * the first edit of a session then finds the index made and the code it runs loaded (it took
   * a second at 10,000 articles, against tens of milliseconds for the edits after it).
   */
  void warm() {
    index();
    for (SourceFile s : inputs.sources()) {
      Page page = pages.get(s.name());
      if (page != null) {
        render(List.of(s.path()), Set.of(page.file()));
        return;
      }
    }
  }

  /**
   * The pages among {@code open} (output files) of articles read from {@code changed}, with
   * their bytes; empty when none can be shown before the rebuild.
   */
  Map<String, byte[]> render(Collection<Path> changed, Set<String> open) {
    index();
    Map<String, byte[]> shown = new LinkedHashMap<>();
    ArticleReader reader = null;
    for (Path p : changed) {
      SourceFile file = sources.get(key(p));
      Page before = file == null ? null : pages.get(file.name());
      if (before == null || !open.contains(before.file())) {
        continue;
      }
      if (reader == null) {
        reader = new ArticleReader(config);
      }
      lookAgain(reader.read(file).withoutRaw(), (PageData.ArticleView) before.data())
          .filter(page -> page.file().equals(before.file()))
          .ifPresent(page -> shown.put(page.file(), renderer.render(page)));
    }
    return shown;
  }

  /** The article's page as it reads now, when it stays where it was. */
  private Optional<Page> lookAgain(ReadResult now, PageData.ArticleView before) {
    Article was = read.get(now.source());
    Article is = now.article().orElse(null);
    if (was == null || is == null || !is.slug().equals(was.slug())
        || !is.date().equals(was.date()) || is.draft() != was.draft() || is.draft() && !drafts
        || MarkdownLimits.withTimeLimit(config.articleTimeLimit()).check(is.body()).isPresent()) {
      return Optional.empty();
    }
    ArchiveTagger tagger = new ArchiveTagger(config.maxTagsPerArticle(), rules);
    return tagger.chooseBefore(tags, new ArchiveTagger.Input(is, now.needsTags()))
        .map(names -> {
          Map<String, Tag> unique = new LinkedHashMap<>();
          for (String name : names) {
            Tag t = Tag.of(name);
            unique.putIfAbsent(t.slug().value(), t);
          }
          Article shown = is.withSlug(before.article().slug())
              .withTags(List.copyOf(unique.values()));
          return new Page(UrlScheme.article(shown), new PageData.ArticleView(
              shown, before.newer(), before.older(), before.related(), before.coverage(),
              before.storyOthers()));
        });
  }

  private static Path key(Path p) {
    return p.toAbsolutePath().normalize();
  }
}
