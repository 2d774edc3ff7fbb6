package dev.gazette.site;

import dev.gazette.config.ConfigLoader;
import dev.gazette.config.SiteConfig;
import dev.gazette.config.TagRules;
import dev.gazette.config.TagRulesLoader;
import dev.gazette.diag.Problem;
import dev.gazette.source.ContentWalker;
import dev.gazette.source.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every command starts from: the options, the configuration (with {@code --base-url}
 * applied), the tag rules of {@code tags.yaml} and the list of source files. Loaded in one place so
 * {@code build}, {@code serve}, {@code report}, {@code quality} and {@code normalize} cannot read
 * them differently. Configuration problems stop here, before anything is read or written.
 */
public record SiteInputs(BuildOptions options, SiteConfig config, TagRules tagRules,
    List<SourceFile> sources, List<Problem> listingProblems) {

  /** The file beside {@code gazette.yaml} that corrects tags. */
  public static final String TAG_RULES = "tags.yaml";

  public SiteInputs {
    sources = List.copyOf(sources);
    listingProblems = List.copyOf(listingProblems);
  }

  /** Inputs whose listing found nothing to report. */
  public SiteInputs(BuildOptions options, SiteConfig config, TagRules tagRules,
      List<SourceFile> sources) {
    this(options, config, tagRules, sources, List.of());
  }

  public static SiteInputs load(BuildOptions options) {
    SiteConfig config = loadConfig(options);
    TagRules rules = new TagRulesLoader().load(tagRulesFile(options));
    List<Problem> listing = new ArrayList<>();
    List<SourceFile> sources = walker(options).walk(options.content(), listing::add);
    return new SiteInputs(options, config, rules, sources, listing);
  }

  /**
   * The walker of the content folder: names relative to the site root, and Gazette's own output
   * and cache never listed, should they lie inside the content folder.
   */
  public static ContentWalker walker(BuildOptions options) {
    return new ContentWalker(options.root()).skipping(options.out(), options.cache());
  }

  /** The configuration alone, for commands that read no articles. */
  public static SiteConfig loadConfig(BuildOptions options) {
    SiteConfig config = new ConfigLoader().load(options.config());
    return options.baseUrl().map(config::withBaseUrl).orElse(config);
  }

  public static Path tagRulesFile(BuildOptions options) {
    return options.root().resolve(TAG_RULES);
  }
}
