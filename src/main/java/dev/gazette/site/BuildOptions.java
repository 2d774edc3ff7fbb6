package dev.gazette.site;

import dev.gazette.config.BaseUrl;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build reads and writes.
 *
 * @param root the site folder; {@code gazette.yaml} and the default folders are found there
 * @param baseUrl overrides the configuration's {@code base_url}
 */
public record BuildOptions(
    Path root,
    Path content,
    Path templates,
    Path out,
    Path config,
    Optional<BaseUrl> baseUrl,
    boolean drafts) {

  /** The conventional layout under one site folder. */
  public static BuildOptions defaults(Path root) {
    return new BuildOptions(root, root.resolve("content"), root.resolve("templates"),
        root.resolve("site"), root.resolve("gazette.yaml"), Optional.empty(), false);
  }

  public BuildOptions withOut(Path dir) {
    return new BuildOptions(root, content, templates, dir, config, baseUrl, drafts);
  }

  public BuildOptions withContent(Path dir) {
    return new BuildOptions(root, dir, templates, out, config, baseUrl, drafts);
  }

  public BuildOptions withBaseUrl(BaseUrl url) {
    return new BuildOptions(root, content, templates, out, config, Optional.of(url), drafts);
  }

  public BuildOptions withDrafts(boolean include) {
    return new BuildOptions(root, content, templates, out, config, baseUrl, include);
  }
}
