package dev.gazette.site;

import java.util.Map;
import java.util.Set;

/**
 * Pages a build renders before all others, for a preview that shows them as soon as they are
 * made: the pages open in a browser. The build is the same; only the order differs.
 */
public interface EarlyPages {
  /** No page first. */
  EarlyPages NONE = new EarlyPages() {
    @Override
    public Set<String> files() {
      return Set.of();
    }

    @Override
    public void rendered(Map<String, byte[]> pages) {
      // nobody waits
    }
  };

  /** Output files to render first ({@code 2024/06/story/index.html}). */
  Set<String> files();

  /**
   * Called once those pages are done, before the rest of the site, with the ones rendered anew
   * (a page whose output is unchanged is not among them) and their bytes.
   */
  void rendered(Map<String, byte[]> pages);
}
