package dev.gazette.engine;

import dev.gazette.diag.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The output folder on disk, updated from the manifest of the last build: a file whose
 * fingerprint is unchanged is reused, any other is written. Nothing is published until
 * {@link #commit}.
 */
public final class DiskOutput implements SiteOutput {
  /** The file that marks a folder as Gazette's output, safe to update or replace. */
  public static final String MARKER = OutputDirectory.MARKER;

  /**
   * The output folder {@code out} and what builds keep beside it (staging folder, previous
   * site, lock file): everything a build writes there.
   */
  public static java.util.List<Path> outputAndBesides(Path out) {
    return OutputDirectory.withBesides(out);
  }

  private final OutputDirectory out;
  private final Path manifestFile;
  private final Path previousManifestFile;
  private final IncrementalWriter writer;
  private final String mode;

  /** Manifests a resident builder keeps parsed, or {@code null}. */
  private final ManifestMemo manifests;

  private DiskOutput(OutputDirectory out, Path manifestFile, Path previousManifestFile,
      IncrementalWriter writer, String mode, ManifestMemo manifests) {
    this.manifests = manifests;
    this.out = out;
    this.manifestFile = manifestFile;
    this.previousManifestFile = previousManifestFile;
    this.writer = writer;
    this.mode = mode;
  }

  /**
   * Opens the output folder {@code target} for a build.
   *
   * @param cache the cache folder holding the manifest of each output folder
   * @param clean produce every file, ignoring the manifest
   * @param beforeWrite called with each file's name before it is written; tests inject failures
   * @param root the site folder, which may hold the output
   * @param inputs folders and files the build reads: the output may hold none of them
   */
  public static DiskOutput open(Path target, Path cache, boolean clean,
      Consumer<String> beforeWrite, Path root, Path... inputs) {
    return open(target, cache, clean, beforeWrite, null, root, inputs);
  }

  /** @param manifests manifests a resident builder parsed before, or {@code null} */
  public static DiskOutput open(Path target, Path cache, boolean clean,
      Consumer<String> beforeWrite, ManifestMemo manifests, Path root, Path... inputs) {
    OutputDirectory out = new OutputDirectory(target);
    Path staging = out.begin(clean, root, inputs);
    Path manifestFile = BuildManifest.location(cache, out.target());
    Path previousFile = BuildManifest.previousLocation(cache, out.target());
    try {
      BuildManifest.Loaded live = clean
          ? new BuildManifest.Loaded(BuildManifest.empty(), "clean build (--clean)")
          : read(manifests, manifestFile, out.target());
      BuildManifest own = out.start() == OutputDirectory.Start.PREVIOUS_SITE
          ? read(manifests, previousFile, out.target()).manifest() : BuildManifest.empty();
      // From here the staging folder changes: only a build that ends writes its manifest again.
      BuildManifest.delete(previousFile);
      return new DiskOutput(out, manifestFile, previousFile, new IncrementalWriter(staging,
          out.target(), live.manifest(), own, out.start() == OutputDirectory.Start.EMPTY,
          beforeWrite), live.state(), manifests);
    } catch (RuntimeException e) {
      out.abandon();
      throw e;
    }
  }

  /**
   * Parses the manifests a build into {@code target} will ask {@code manifests} for, without
   * touching the output: a one-shot build does it on another thread while it reads the
   * archive, so opening the output later finds them parsed. Anything wrong is left for {@link
   * #open} to find and say.
   */
  public static void readAhead(ManifestMemo manifests, Path target, Path cache) {
    try {
      Path out = new OutputDirectory(target).target();
      manifests.read(BuildManifest.location(cache, out), out);
      manifests.read(BuildManifest.previousLocation(cache, out), out);
    } catch (RuntimeException e) {
      // open() reads them again and reports
    }
  }

  private static BuildManifest.Loaded read(ManifestMemo manifests, Path file, Path out) {
    return manifests != null ? manifests.read(file, out) : BuildManifest.read(file, out);
  }

  @Override
  public void put(String file, String fingerprint, Supplier<byte[]> content, boolean unique) {
    writer.put(file, fingerprint, content, unique);
  }

  @Override
  public List<Problem> commit() {
    // From here until the new manifest is written, the published folder has none: a build killed
    // meanwhile is followed by one that trusts neither folder's old records. The published one's
    // manifest goes with it to become the previous site's.
    try {
      writer.removeOthers();
      BuildManifest.move(manifestFile, previousManifestFile);
      out.commit();
    } catch (RuntimeException e) {
      abandon();
      throw e;
    }
    List<Problem> warnings = new ArrayList<>();
    try {
      BuildManifest written = writer.manifest();
      written.write(manifestFile, out.target());
      if (manifests != null) {
        manifests.remember(manifestFile, out.target(), written);
      }
    } catch (RuntimeException e) {
      warnings.add(Problem.warning(manifestFile.toString(), 0, "the site was built, but the"
          + " next build will render every page: " + e.getMessage()));
    } finally {
      out.finish();
    }
    return warnings;
  }

  @Override
  public void abandon() {
    try {
      writer.stagingManifest().write(previousManifestFile, out.target());
    } catch (RuntimeException e) {
      BuildManifest.delete(previousManifestFile);
    }
    if (!out.abandon()) {
      BuildManifest.delete(previousManifestFile);
    }
  }

  @Override
  public int rendered() {
    return writer.rendered();
  }

  @Override
  public int reused() {
    return writer.reused();
  }

  @Override
  public String mode() {
    return mode;
  }
}
