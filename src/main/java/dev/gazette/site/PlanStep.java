package dev.gazette.site;

import dev.gazette.diag.Problem;
import dev.gazette.render.SitePlan;
import dev.gazette.render.StaticAssets;
import java.util.function.Consumer;

/** The archive and its indexes → every page to render and every file to copy. */
final class PlanStep {
  /** @param problems told about static files that are not published (links leading outside) */
  Plan run(SiteInputs inputs, LoadedArchive loaded, Indexes indexes,
      Consumer<Problem> problems) {
    return new Plan(SitePlan.of(inputs.config(), loaded.archive(), indexes.tags(),
        indexes.timeline(), indexes.related(), indexes.stories(), loaded.tagRules()),
        StaticAssets.list(inputs.options().templates(), problems, inputs.config().search()));
  }
}
