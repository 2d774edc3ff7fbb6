package dev.gazette.render;

import dev.gazette.config.BaseUrl;
import dev.gazette.diag.GazetteException;
import io.pebbletemplates.pebble.PebbleEngine;
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
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    this.templatesDir = templatesDir;
    FileLoader files = new FileLoader(templatesDir.toAbsolutePath().toString());
    files.setSuffix(SUFFIX);
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
