package dev.gazette.cli;

import dev.gazette.config.BaseUrl;
import dev.gazette.site.BuildOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command shares: where the site's folders are. */
final class SiteOptions {
  @Option(names = "--root", paramLabel = "DIR", description = "Site folder holding gazette.yaml,"
      + " content/, templates/ (default: the current folder).")
  Path root = Path.of(".");

  @Option(names = "--content", paramLabel = "DIR", description = "Articles to read"
      + " (default: ROOT/content).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR", description = "Theme templates"
      + " (default: ROOT/templates).")
  Path templates;

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file"
      + " (default: ROOT/gazette.yaml).")
  Path config;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ROOT/site).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "Overrides base_url, e.g."
      + " /repo/ or https://user.github.io/repo/.")
  String baseUrl;

  @Option(names = "--drafts", description = "Include articles with draft: true.")
  boolean drafts;

  BuildOptions toBuildOptions() {
    BuildOptions d = BuildOptions.defaults(root);
    BuildOptions o = new BuildOptions(root, content != null ? content : d.content(),
        templates != null ? templates : d.templates(), out != null ? out : d.out(),
        config != null ? config : d.config(), java.util.Optional.empty(), drafts);
    return baseUrl == null ? o : o.withBaseUrl(BaseUrl.parse(baseUrl));
  }
}
