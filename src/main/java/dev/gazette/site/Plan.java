package dev.gazette.site;

import dev.gazette.render.Page;
import dev.gazette.render.StaticAssets;
import java.util.List;

/**
 * Every output file of the site before anything is rendered: the pages, and files whose bytes are
 * known already (the theme's static files; a step that makes other files adds them here).
 */
public record Plan(List<Page> pages, List<StaticAssets.Asset> files) {
  public Plan {
    pages = List.copyOf(pages);
    files = List.copyOf(files);
  }
}
