package dev.gazette.site;

import dev.gazette.content.Archive;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;

/** Archive → tag index, timeline, related articles and story groups, each timed on its own. */
final class IndexStep {
  /** Related articles listed on each article page. */
  static final int RELATED = 5;

  /** What the last run chose; a fresh step starts from nothing. */
  private final RelatedArticles.Memo relatedMemo = new RelatedArticles.Memo();

  Indexes run(Archive archive, StepTimer timer) {
    return run(archive, timer, StoryGroups::signature);
  }

  /** @param signatures each article's story signature, or a copy kept from an earlier build */
  Indexes run(Archive archive, StepTimer timer,
      java.util.function.Function<dev.gazette.content.Article, int[]> signatures) {
    TagIndex tags = timer.run("tags", () -> TagIndex.of(archive));
    Timeline timeline = timer.run("timeline", () -> Timeline.of(archive));
    RelatedArticles related = timer.run("related", () -> RelatedArticles.of(tags, RELATED,
        relatedMemo));
    StoryGroups stories = timer.run("stories", () -> StoryGroups.of(archive.articles(),
        signatures));
    return new Indexes(tags, timeline, related, stories);
  }
}
