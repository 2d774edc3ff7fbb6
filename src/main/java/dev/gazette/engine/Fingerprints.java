package dev.gazette.engine;

import dev.gazette.config.SiteConfig;
import dev.gazette.content.Article;
import dev.gazette.content.Slug;
import dev.gazette.content.Tag;
import dev.gazette.diag.GazetteException;
import dev.gazette.normalize.FastDigest;
import dev.gazette.render.Page;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What an output file is made from, as one {@link FastDigest}. Two builds give a page the same
 * fingerprint only if they would render it to the same bytes, so an incremental build may reuse
 * the old file.
 *
 * <p>A page's fingerprint covers its path and every value of its {@code PageData}, walked
 * component by component (each value typed and length-prefixed, so no two inputs encode alike),
 * plus the build's <em>environment</em>: the configuration (its record string holds every key,
 * base URL included), every {@code .peb} file of the site's theme, the Gazette code itself (its
 * classes folder or jar, which also holds the built-in theme, the Markdown set-up and the views),
 * the Flexmark and Pebble jars in use, and the JVM's version, default locale and time zone (month
 * names and number formats come from the JDK). Anything else a page shows must reach it through
 * {@code PageData}; a value of a type this class does not know stops the build instead of being
 * silently left out.
 *
 * <p>An article is digested once per build and shared by every page listing it.
 */
public final class Fingerprints {
  /** Libraries whose version changes rendered bytes; found by a class file they ship. */
  private static final List<String> RENDERING_LIBRARIES = List.of(
      "com/vladsch/flexmark/parser/Parser.class",
      "io/pebbletemplates/pebble/PebbleEngine.class");

  /** Libraries that parse source files: YAML front matter and charset detection. */
  private static final List<String> READING_LIBRARIES = List.of(
      "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class",
      "org/mozilla/universalchardet/UniversalDetector.class");

  private final byte[] environment;
  private final Map<ArticleKey, byte[]> articles = new ConcurrentHashMap<>();

  /** Whether articles and tags are walked by hand (always but in a test of that walk). */
  private final boolean byHand;

  private Fingerprints(byte[] environment) {
    this(environment, true);
  }

  private Fingerprints(byte[] environment, boolean byHand) {
    this.environment = environment;
    this.byHand = byHand;
  }

  /**
   * The fingerprints of one build's pages.
   *
   * @param reading {@link #reading} of the build's configuration
   */
  public static Fingerprints of(String reading, Path templates) {
    FastDigest d = new FastDigest();
    update(d, "gazette-fingerprint 1");
    update(d, reading);
    for (String lib : RENDERING_LIBRARIES) {
      URL url = Fingerprints.class.getClassLoader().getResource(lib);
      update(d, url == null ? "(missing) " + lib : url.toString());
    }
    themeTemplates(d, templates);
    return new Fingerprints(d.digest());
  }

  /**
   * The hex fingerprint of what reading a source file depends on besides its bytes and name: the
   * configuration, Gazette's code and the JVM.
   */
  public static String reading(SiteConfig config) {
    FastDigest d = new FastDigest();
    update(d, config.toString());
    update(d, System.getProperty("java.version", ""));
    update(d, Locale.getDefault().toLanguageTag());
    update(d, TimeZone.getDefault().getID());
    update(d, code());
    for (String lib : READING_LIBRARIES) {
      URL url = Fingerprints.class.getClassLoader().getResource(lib);
      update(d, url == null ? "(missing) " + lib : url.toString());
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** The hex fingerprint of a page: the environment, its path and its data. */
  public String page(Page page) {
    FastDigest d = new FastDigest();
    d.update(environment);
    update(d, page.path());
    value(d, page.data());
    return HexFormat.of().formatHex(d.digest());
  }

  /** The hex fingerprint of a static file: its bytes alone decide the output. */
  public static String bytes(byte[] content) {
    FastDigest d = new FastDigest();
    update(d, "static");
    d.update(content);
    return HexFormat.of().formatHex(d.digest());
  }

  private void value(FastDigest d, Object v) {
    if (v == null) {
      d.update((byte) 'N');
    } else if (v instanceof String s) {
      d.update((byte) 'S');
      update(d, s);
    } else if (v instanceof Article a) {
      d.update((byte) 'A');
      d.update(articles.computeIfAbsent(new ArticleKey(a), k -> {
        FastDigest ad = new FastDigest();
        if (byHand) {
          article(ad, a);
        } else {
          record(ad, a);
        }
        return ad.digest();
      }));
    } else if (v instanceof Tag t && byHand) {
      d.update((byte) 'R');
      tag(d, t);
    } else if (v instanceof Optional<?> o) {
      d.update((byte) 'O');
      value(d, o.orElse(null));
    } else if (v instanceof Collection<?> c) {
      d.update((byte) 'L');
      d.updateInt(c.size());
      for (Object item : c) {
        value(d, item);
      }
    } else if (v instanceof Record r) {
      d.update((byte) 'R');
      record(d, r);
    } else if (v instanceof Number || v instanceof Boolean || v instanceof Character
        || v instanceof Enum<?> || v instanceof TemporalAccessor) {
      d.update((byte) 'V');
      update(d, NAMES.get(v.getClass()));
      update(d, v.toString());
    } else {
      throw new GazetteException("cannot fingerprint a " + v.getClass().getName()
          + " in page data; teach engine.Fingerprints about it");
    }
  }

  /*
   * Articles, tags and slugs are on every page, thousands of times: they are walked by hand, in
   * the order and encoding record() gives them (FingerprintsTest compares the two, so a
   * component added to one of them and not here fails it).
   */
  private void article(FastDigest d, Article a) {
    update(d, NAMES.get(Article.class));
    value(d, a.source());
    d.update((byte) 'R');
    slug(d, a.slug());
    value(d, a.title());
    value(d, a.date());
    value(d, a.dateSource());
    d.update((byte) 'L');
    d.updateInt(a.tags().size());
    for (Tag t : a.tags()) {
      d.update((byte) 'R');
      tag(d, t);
    }
    value(d, a.summary());
    value(d, a.body());
    value(d, a.draft());
    value(d, a.sourceHash());
    value(d, a.bodyLine());
  }

  private void tag(FastDigest d, Tag t) {
    update(d, NAMES.get(Tag.class));
    value(d, t.name());
    d.update((byte) 'R');
    slug(d, t.slug());
  }

  private void slug(FastDigest d, Slug s) {
    update(d, NAMES.get(Slug.class));
    value(d, s.value());
  }

  /** The digest of a value, as a page holding it digests it (for tests). */
  byte[] digest(Object v) {
    FastDigest d = new FastDigest();
    value(d, v);
    return d.digest();
  }

  /** The digest of a value, every record in it walked component by component (for tests). */
  byte[] digestReflectively(Object v) {
    return new Fingerprints(environment, false).digest(v);
  }

  private void record(FastDigest d, Record r) {
    update(d, NAMES.get(r.getClass()));
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      try {
        value(d, c.getAccessor().invoke(r));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new GazetteException("cannot read " + r.getClass().getName() + "." + c.getName()
            + " to fingerprint it: " + e, e);
      }
    }
  }

  /** A class's name as UTF-8, encoded once: every page names the classes of its values. */
  private static final ClassValue<byte[]> NAMES = new ClassValue<>() {
    @Override
    protected byte[] computeValue(Class<?> type) {
      return type.getName().getBytes(StandardCharsets.UTF_8);
    }
  };

  /** A record class's components, looked up once: the lookup copies them every time. */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent c : components) {
        c.getAccessor().setAccessible(true);
      }
      return components;
    }
  };

  /** The Gazette classes and built-in theme: a classes folder walked, or the jar's bytes. */
  private static byte[] code() {
    FastDigest d = new FastDigest();
    CodeSource source = Fingerprints.class.getProtectionDomain().getCodeSource();
    try {
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location == null) {
        update(d, "(unknown code source)");
      } else if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            update(d, location.relativize(f).toString().replace('\\', '/'));
            update(d, Files.readAllBytes(f));
          }
        }
      } else {
        try (InputStream in = Files.newInputStream(location)) {
          byte[] buf = new byte[1 << 16];
          for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            d.update(buf, 0, n);
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      throw new GazetteException("cannot read Gazette's own code to fingerprint the build: " + e,
          e);
    }
    return d.digest();
  }

  /** Every template the site may load: all {@code .peb} files under its templates folder. */
  private static void themeTemplates(FastDigest d, Path templates) {
    if (!Files.isDirectory(templates)) {
      update(d, "(no templates folder)");
      return;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".peb"))
          .filter(Files::isRegularFile).sorted().toList()) {
        update(d, templates.relativize(f).toString().replace('\\', '/'));
        update(d, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new GazetteException("cannot read templates in " + templates + ": " + e, e);
    }
  }

  private static void update(FastDigest d, String s) {
    update(d, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void update(FastDigest d, byte[] bytes) {
    d.updateInt(bytes.length);
    d.update(bytes);
  }

  /** Articles are digested once: keyed by identity, not by their (long) contents. */
  private record ArticleKey(Article article) {
    @Override
    public boolean equals(Object o) {
      return o instanceof ArticleKey k && k.article == article;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(article);
    }
  }
}
