package dev.gazette.site;

import dev.gazette.content.Archive;
import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;
import java.util.concurrent.CompletableFuture;

/** Archive → tag index, timeline, related articles and story groups, each timed on its own. */
final class IndexStep {
  /** Related articles listed on each article page. */
  static final int RELATED = 5;

  /** What the last run chose; a fresh step starts from nothing, or from {@link #restore}. */
  private RelatedArticles.Memo relatedMemo = new RelatedArticles.Memo();
  private boolean restored;

  /**
   * Starts from the related lists a build saved in {@code dir} ({@link #save}), once: a
   * one-shot build's step, or a resident builder's first.
   */
  void restore(java.nio.file.Path dir, String environment) {
    if (!restored) {
      relatedMemo = dev.gazette.engine.StateFiles.related(dir, environment);
      restored = true;
    }
  }

  /** Saves what the last run chose into {@code dir}, for the next process's build. */
  void save(java.nio.file.Path dir, String environment) throws java.io.IOException {
    dev.gazette.engine.StateFiles.save(dir, environment, relatedMemo);
  }

  Indexes run(Archive archive, StepTimer timer) {
    return run(archive, timer, StoryGroups::signature);
  }

  /** @param signatures each article's story signature, or a copy kept from an earlier build */
  Indexes run(Archive archive, StepTimer timer,
      java.util.function.Function<dev.gazette.content.Article, int[]> signatures) {
    // Story groups and the timeline need no tag: they are worked out beside the tag index,
    // which the related lists need too; the related lists also leave out each article's story.
    CompletableFuture<StoryGroups> stories = CompletableFuture.supplyAsync(() -> timer.run(
        "stories", () -> StoryGroups.of(archive.articles(), signatures)));
    CompletableFuture<Timeline> timeline = CompletableFuture.supplyAsync(() -> timer.run(
        "timeline", () -> Timeline.of(archive)));
    TagIndex tags;
    RelatedArticles related;
    try {
      tags = timer.run("tags", () -> TagIndex.of(archive));
      StoryGroups groups = SideSteps.join(stories);
      related = timer.run("related",
          () -> RelatedArticles.of(tags, RELATED, relatedMemo, groups));
    } finally {
      // Nothing of this step may still run when it ends, whatever happened.
      SideSteps.awaitQuietly(stories);
      SideSteps.awaitQuietly(timeline);
    }
    return new Indexes(tags, SideSteps.join(timeline), related, SideSteps.join(stories));
  }
}
