package dev.gazette.site;

import dev.gazette.taxonomy.RelatedArticles;
import dev.gazette.taxonomy.StoryGroups;
import dev.gazette.taxonomy.TagIndex;
import dev.gazette.taxonomy.Timeline;

/** The archive-wide indexes the pages are planned from. */
public record Indexes(TagIndex tags, Timeline timeline, RelatedArticles related,
    StoryGroups stories) {}
