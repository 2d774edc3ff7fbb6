package dev.gazette.site;

import dev.gazette.render.SitePlan;
import dev.gazette.render.StaticAssets;

/** The archive and its indexes → every page to render and every file to copy. */
final class PlanStep {
  Plan run(SiteInputs inputs, LoadedArchive loaded, Indexes indexes) {
    return new Plan(SitePlan.of(inputs.config(), loaded.archive(), indexes.tags(),
        indexes.timeline(), indexes.related(), indexes.stories(), loaded.tagRules()),
        StaticAssets.list(inputs.options().templates()));
  }
}
