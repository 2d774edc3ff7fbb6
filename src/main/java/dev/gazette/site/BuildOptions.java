package dev.gazette.site;

import dev.gazette.config.BaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build reads and writes.
 *
 * @param root the site folder; {@code gazette.yaml} and the default folders are found there
 * @param baseUrl overrides the configuration's {@code base_url}
 * @param cache where the incremental build keeps its manifest ({@code ROOT/.gazette-cache})
 * @param clean render every page, ignoring (and then rewriting) the manifest
 */
public record BuildOptions(
    Path root,
    Path content,
    Path templates,
    Path out,
    Path config,
    Optional<BaseUrl> baseUrl,
    boolean drafts,
    Path cache,
    boolean clean) {

  /** The folder under the site root that holds the incremental build's manifest. */
  public static final String CACHE_DIR = ".gazette-cache";

  /** Without a cache folder of its own, a build keeps its manifest under the site root. */
  public BuildOptions(Path root, Path content, Path templates, Path out, Path config,
      Optional<BaseUrl> baseUrl, boolean drafts) {
    this(root, content, templates, out, config, baseUrl, drafts, root.resolve(CACHE_DIR), false);
  }

  /** The conventional layout under one site folder. */
  public static BuildOptions defaults(Path root) {
    return new BuildOptions(root, root.resolve("content"), root.resolve("templates"),
        root.resolve("site"), root.resolve("gazette.yaml"), Optional.empty(), false);
  }

  public BuildOptions withOut(Path dir) {
    return new BuildOptions(root, content, templates, dir, config, baseUrl, drafts, cache, clean);
  }

  public BuildOptions withBaseUrl(BaseUrl url) {
    return new BuildOptions(root, content, templates, out, config, Optional.of(url), drafts,
        cache, clean);
  }

  public BuildOptions withCache(Path dir) {
    return new BuildOptions(root, content, templates, out, config, baseUrl, drafts, dir, clean);
  }

  /** {@code true}: render everything, as if no earlier build existed. */
  public BuildOptions withClean(boolean renderAll) {
    return new BuildOptions(root, content, templates, out, config, baseUrl, drafts, cache,
        renderAll);
  }
}
