package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.diag.GazetteException;
import dev.gazette.diag.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Pebble, set up once per build: templates from the site's {@code templates/} folder, falling back
 * to the built-in theme; HTML auto-escaping on; undefined variables are errors. Errors name the
 * template file and line.
 */
final class TemplateEngine {
  static final String THEME = "dev/gazette/theme";
  static final String SUFFIX = ".peb";

  private final PebbleEngine engine;
  private final Path templatesDir;
  private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

  TemplateEngine(Path templatesDir, BaseUrl baseUrl) {
    this(templatesDir, baseUrl, problem -> {});
  }

  /** @param problems told about templates that are links leading outside the folder */
  TemplateEngine(Path templatesDir, BaseUrl baseUrl, Consumer<Problem> problems) {
    this.templatesDir = templatesDir;
    refuseSpecialFiles(templatesDir);
    Loader<String> files = new InsideLoader(templatesDir, problems);
    ClasspathLoader theme = new ClasspathLoader(TemplateEngine.class.getClassLoader());
    theme.setPrefix(THEME);
    theme.setSuffix(SUFFIX);
    List<Loader<?>> loaders = Files.isDirectory(templatesDir) ? List.of(files, theme)
        : List.of(theme);
    engine = new PebbleEngine.Builder()
        .loader(new DelegatingLoader(loaders))
        .strictVariables(true)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .newLineTrimming(true)
        .extension(new SiteFunctions(baseUrl))
        .build();
  }

  /**
   * Stops at a template that is a named pipe, a socket or a device (or a link to one), naming
   * it: opening a pipe waits for a writer, and the build hung for ever. Pebble's loaders swallow
   * what a loader throws and try the next, so the check cannot wait until a template is loaded.
   */
  private static void refuseSpecialFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted()
          .toList()) {
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException e) {
          continue; // a dangling link or a file gone: the loaders deal with it as before
        }
        if (attrs.isOther()) {
          throw new GazetteException(dir.getFileName() + "/" + dir.relativize(p).toString()
              .replace('\\', '/') + ": is not a regular file (it is a named pipe, a socket or"
              + " a device); expected a Pebble template");
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new GazetteException(dir + ": cannot list templates: " + e.getMessage(), e);
    }
  }

  /** Compiles a template now, so a syntax error stops the build before any page is written. */
  void check(String name) {
    template(name);
  }

  String render(String name, Map<String, Object> context) {
    PebbleTemplate t = template(name);
    TextOut out = new TextOut();
    try {
      t.evaluate(out, context);
    } catch (PebbleException e) {
      throw new GazetteException(describe(e), e);
    } catch (IOException e) {
      throw new GazetteException(displayName(name) + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new GazetteException(displayName(name) + ": " + e, e);
    }
    return out.toString();
  }

  private PebbleTemplate template(String name) {
    return compiled.computeIfAbsent(name, n -> {
      try {
        return engine.getTemplate(n);
      } catch (PebbleException e) {
        throw new GazetteException(describe(e), e);
      }
    });
  }

  private String describe(PebbleException e) {
    String file = e.getFileName() == null ? "templates" : displayName(e.getFileName());
    String line = e.getLineNumber() == null ? "" : ":" + e.getLineNumber();
    String message = e.getPebbleMessage() == null ? String.valueOf(e.getCause())
        : e.getPebbleMessage();
    return file + line + ": template error: " + message;
  }

  /** {@code templates/article.peb}, or the built-in theme's copy when the site has none. */
  String displayName(String name) {
    String file = name.endsWith(SUFFIX) ? name : name + SUFFIX;
    if (Files.isRegularFile(templatesDir.resolve(file))) {
      return templatesDir.getFileName() + "/" + file;
    }
    return "(built-in theme) " + file;
  }

  /** A page's text as Pebble writes it: a StringWriter without StringBuffer's locking. */
  private static final class TextOut extends Writer {
    private final StringBuilder text = new StringBuilder(16 * 1024);

    @Override
    public void write(char[] chars, int off, int len) {
      text.append(chars, off, len);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
      text.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
      text.append(s);
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * Pebble's file loader, refusing a template whose real path is outside the templates folder (a
   * symbolic link leading out): it is reported once and the built-in theme's template of that
   * name is used instead. Pebble itself already refuses {@code ../} in names.
   */
  private static final class InsideLoader implements Loader<String> {
    private final FileLoader files;
    private final Path dir;
    private final Consumer<Problem> problems;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    InsideLoader(Path dir, Consumer<Problem> problems) {
      this.dir = dir.toAbsolutePath().normalize();
      this.problems = problems;
      this.files = new FileLoader(this.dir.toString());
      files.setSuffix(SUFFIX);
    }

    private boolean outside(String name) {
      Path file = dir.resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX).normalize();
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
      try {
        if (file.toRealPath().startsWith(dir.toRealPath())) {
          return false;
        }
      } catch (IOException e) {
        // a dangling link: not followed either
      }
      if (reported.add(name)) {
        problems.accept(Problem.warning(dir.getFileName() + "/" + dir.relativize(file)
            .toString().replace('\\', '/'), 0, "is a link leading outside "
            + dir.getFileName() + "/; not followed (the built-in theme's template is used)"));
      }
      return true;
    }

    /**
     * A named pipe, socket or device under a template's name: opening a pipe waits for a
     * writer, and the build hung for ever. The engine refuses such a folder when it is made
     * ({@link #refuseSpecialFiles}); this keeps one made later from being opened.
     */
    private boolean special(String name) {
      Path file = dir.resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX).normalize();
      try {
        return Files.readAttributes(file, BasicFileAttributes.class).isOther();
      } catch (IOException e) {
        return false; // absent or unreadable: Pebble's loader reports it as it always did
      }
    }

    @Override
    public Reader getReader(String cacheKey) {
      if (outside(cacheKey)) {
        throw new LoaderException(null, "template " + cacheKey + " leads outside " + dir);
      }
      if (special(cacheKey)) {
        throw new LoaderException(null, "template " + cacheKey + " is not a regular file");
      }
      return files.getReader(cacheKey);
    }

    @Override
    public void setCharset(String charset) {
      files.setCharset(charset);
    }

    @Override
    public void setPrefix(String prefix) {
      files.setPrefix(prefix);
    }

    @Override
    public void setSuffix(String suffix) {
      files.setSuffix(suffix);
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
      return files.resolveRelativePath(relativePath, anchorPath);
    }

    @Override
    public String createCacheKey(String templateName) {
      return files.createCacheKey(templateName);
    }

    @Override
    public boolean resourceExists(String templateName) {
      return !outside(templateName) && !special(templateName)
          && files.resourceExists(templateName);
    }
  }

  /** {@code url('tags/')} prefixes the base path, so themes work under a sub-path. */
  private static final class SiteFunctions extends AbstractExtension {
    private final BaseUrl baseUrl;

    SiteFunctions(BaseUrl baseUrl) {
      this.baseUrl = baseUrl;
    }

    @Override
    public Map<String, Function> getFunctions() {
      return Map.of("url", new Function() {
        @Override
        public List<String> getArgumentNames() {
          return List.of("path");
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self,
            EvaluationContext context, int lineNumber) {
          Object path = args.get("path");
          return baseUrl.link(path == null ? "" : path.toString());
        }
      });
    }
  }
}
