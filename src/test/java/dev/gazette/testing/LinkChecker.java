package dev.gazette.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds internal links in a built site that do not resolve to a generated file, as a browser
 * would follow them when the site is served under {@code basePath}.
 */
public final class LinkChecker {
  private LinkChecker() {}

  /** @return "page: link" for each broken link; empty when every link resolves */
  public static List<String> brokenLinks(Path site, String basePath) throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      String pagePath = basePath + site.relativize(page).toString().replace('\\', '/');
      for (Element e : doc.select("a[href], link[href], script[src], img[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        URI uri = URI.create(pagePath).resolve(URI.create(ref.replace(" ", "%20")));
        if (uri.getScheme() != null || uri.getHost() != null) {
          continue;
        }
        String path = uri.getPath();
        if (path == null || path.isEmpty()) {
          continue;
        }
        if (!path.startsWith(basePath)) {
          broken.add(site.relativize(page) + ": " + ref + " (outside " + basePath + ")");
          continue;
        }
        String rel = URLDecoder.decode(path.substring(basePath.length()), StandardCharsets.UTF_8);
        Path target = site.resolve(rel);
        if (rel.isEmpty() || rel.endsWith("/")) {
          target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
          broken.add(site.relativize(page) + ": " + ref);
        }
      }
    }
    return broken;
  }
}
