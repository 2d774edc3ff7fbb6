package dev.gazette.testing;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks Atom feed files against RFC 4287: first its RELAX NG Compact schema (Appendix B, kept
 * in {@code atom.rnc} beside this class) through jing, then the rules the schema cannot say,
 * from the RFC's prose and its Schematron annotations (which jing ignores):
 *
 * <ul>
 *   <li>every {@code atom:id} is an absolute IRI (RFC 3987; a {@code tag:} id also follows
 *       RFC 4151), with no whitespace around it (section 4.2.6);
 *   <li>every {@code atom:updated} and {@code atom:published} is an RFC 3339 date-time with an
 *       upper-case {@code T} and {@code Z} (section 3.3);
 *   <li>every {@code atom:link} {@code href} is an IRI reference (section 4.2.7.1);
 *   <li>each entry has an alternate link or {@code atom:content} (section 4.1.2);
 *   <li>the feed has an author, or every entry has one (sections 4.1.1 and 4.1.2);
 *   <li>no two entries share an id (section 4.1.1: entries with the same id are versions of
 *       one entry, which a generator of one version each must not write);
 *   <li>no two alternate links of one element share {@code type} and {@code hreflang}
 *       (sections 4.1.1 and 4.1.2).
 * </ul>
 *
 * Each problem is {@code name:line:column: message} (schema) or {@code name: where: message}.
 * Not thread-safe: one checker per thread.
 */
public final class AtomChecker {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  private final ValidationDriver driver;
  private final DocumentBuilder dom;
  private final List<String> problems = new ArrayList<>();
  private String current = "";

  public AtomChecker() {
    PropertyMapBuilder properties = new PropertyMapBuilder();
    properties.put(ValidateProperty.ERROR_HANDLER, new Collector());
    driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
    URL schema = AtomChecker.class.getResource("atom.rnc");
    try {
      if (schema == null || !driver.loadSchema(new InputSource(schema.toString()))) {
        throw new IllegalStateException("the RFC 4287 schema atom.rnc could not be loaded: "
            + problems);
      }
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      dom = f.newDocumentBuilder();
      dom.setErrorHandler(null);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      throw new IllegalStateException("the Atom checker could not be set up", e);
    }
  }

  /** The problems of one feed file, each starting with {@code name}. */
  public List<String> problems(Path file, String name) {
    int from = problems.size();
    current = name;
    InputSource source = new InputSource(file.toUri().toString());
    try {
      driver.validate(source);
      rules(dom.parse(file.toFile()));
    } catch (IOException | SAXException e) {
      problems.add(name + ": not readable as XML: " + e.getMessage());
    }
    return List.copyOf(problems.subList(from, problems.size()));
  }

  /** The problems of every listed feed file under {@code root}, named by their relative path. */
  public List<String> problems(Path root, List<String> files) {
    List<String> all = new ArrayList<>();
    for (String f : files) {
      all.addAll(problems(root.resolve(f), f));
    }
    return all;
  }

  private void rules(Document doc) {
    Element feed = doc.getDocumentElement();
    if (!isAtom(feed, "feed")) {
      problem("the document", "the root element is not atom:feed");
      return;
    }
    checkLinks(feed, "atom:feed");
    for (Element id : descendants(feed, "id")) {
      checkId(id.getTextContent(), where(id));
    }
    for (String name : new String[] {"updated", "published"}) {
      for (Element date : descendants(feed, name)) {
        checkDate(date.getTextContent(), where(date) + " atom:" + name);
      }
    }
    boolean feedAuthor = !children(feed, "author").isEmpty();
    Map<String, Integer> ids = new HashMap<>();
    int n = 0;
    for (Element entry : children(feed, "entry")) {
      n++;
      String at = "entry " + n;
      checkLinks(entry, at);
      boolean alternate = children(entry, "link").stream()
          .anyMatch(l -> !l.hasAttribute("rel") || l.getAttribute("rel").equals("alternate"));
      if (!alternate && children(entry, "content").isEmpty()) {
        problem(at, "has neither an alternate atom:link nor atom:content");
      }
      boolean author = !children(entry, "author").isEmpty() || children(entry, "source")
          .stream().anyMatch(s -> !children(s, "author").isEmpty());
      if (!feedAuthor && !author) {
        problem(at, "has no atom:author, and neither has the feed");
      }
      for (Element id : children(entry, "id")) {
        Integer before = ids.putIfAbsent(id.getTextContent(), n);
        if (before != null) {
          problem(at, "has the atom:id '" + id.getTextContent() + "' of entry " + before);
        }
      }
    }
  }

  private void checkLinks(Element parent, String at) {
    Set<String> alternates = new HashSet<>();
    for (Element link : children(parent, "link")) {
      String href = link.getAttribute("href");
      if (!IRI_REFERENCE.matcher(href).matches()) {
        problem(at, "atom:link href '" + href + "' is not an IRI reference (RFC 3987)");
      }
      if (!link.hasAttribute("rel") || link.getAttribute("rel").equals("alternate")) {
        String key = link.getAttribute("type") + " " + link.getAttribute("hreflang");
        if (!alternates.add(key)) {
          problem(at, "has two alternate links of type '" + link.getAttribute("type")
              + "' and hreflang '" + link.getAttribute("hreflang") + "'");
        }
      }
    }
  }

  private void checkId(String id, String at) {
    if (!IRI.matcher(id).matches()) {
      problem(at, "atom:id '" + id + "' is not an absolute IRI (RFC 3987)");
    } else if (id.regionMatches(true, 0, "tag:", 0, 4) && !TAG_URI.matcher(id).matches()) {
      problem(at, "atom:id '" + id + "' is not a tag URI (RFC 4151)");
    }
  }

  private void checkDate(String value, String at) {
    Matcher m = DATE_TIME.matcher(value);
    boolean valid = m.matches();
    if (valid) {
      try {
        OffsetDateTime.parse(value);
        valid = m.group(1) == null
            || Integer.parseInt(m.group(1)) <= 23 && Integer.parseInt(m.group(2)) <= 59;
      } catch (DateTimeParseException e) {
        valid = false;
      }
    }
    if (!valid) {
      problem(at, "'" + value + "' is not an RFC 3339 date-time");
    }
  }

  /** Where an element is: the feed, or the entry that holds it. */
  private static String where(Element e) {
    Node parent = e.getParentNode();
    if (parent instanceof Element p && isAtom(p, "entry")) {
      int n = 1;
      for (Node s = p.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
        if (s instanceof Element se && isAtom(se, "entry")) {
          n++;
        }
      }
      return "entry " + n;
    }
    return parent instanceof Element p && isAtom(p, "feed") ? "atom:feed"
        : "atom:" + ((Element) parent).getLocalName();
  }

  private void problem(String where, String message) {
    problems.add(current + ": " + where + ": " + message);
  }

  private static boolean isAtom(Element e, String name) {
    return ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && isAtom(e, name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<Element> descendants(Element root, String name) {
    List<Element> out = new ArrayList<>();
    var list = root.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  private final class Collector implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) {
      problems.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
          + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }
  }

  // RFC 3339 section 5.6, with RFC 4287 section 3.3's upper-case "T" and "Z". Groups: the
  // offset's hours and minutes (OffsetDateTime.parse checks the rest of the ranges).
  private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"
      + ":\\d{2}(?:\\.\\d+)?(?:Z|[+-](\\d{2}):(\\d{2}))");

  // RFC 3987 section 2.2, the IRI and IRI-reference rules (IPv6 literals loosely).
  private static final String UCS = "\\x{A0}-\\x{D7FF}\\x{F900}-\\x{FDCF}\\x{FDF0}-\\x{FFEF}"
      + "\\x{10000}-\\x{1FFFD}\\x{20000}-\\x{2FFFD}\\x{30000}-\\x{3FFFD}\\x{40000}-\\x{4FFFD}"
      + "\\x{50000}-\\x{5FFFD}\\x{60000}-\\x{6FFFD}\\x{70000}-\\x{7FFFD}\\x{80000}-\\x{8FFFD}"
      + "\\x{90000}-\\x{9FFFD}\\x{A0000}-\\x{AFFFD}\\x{B0000}-\\x{BFFFD}\\x{C0000}-\\x{CFFFD}"
      + "\\x{D0000}-\\x{DFFFD}\\x{E1000}-\\x{EFFFD}";
  private static final String PRIVATE = "\\x{E000}-\\x{F8FF}\\x{F0000}-\\x{FFFFD}"
      + "\\x{100000}-\\x{10FFFD}";
  private static final String UNRESERVED = "A-Za-z0-9\\-._~" + UCS;
  private static final String SUB_DELIMS = "!$&'()*+,;=";
  private static final String PCT = "%[0-9A-Fa-f]{2}";
  private static final String PCHAR = "(?:[" + UNRESERVED + SUB_DELIMS + ":@]|" + PCT + ")";
  private static final String SEGMENT = PCHAR + "*";
  private static final String SEGMENT_NZ = PCHAR + "+";
  private static final String SEGMENT_NZ_NC = "(?:[" + UNRESERVED + SUB_DELIMS + "@]|" + PCT
      + ")+";
  private static final String AUTHORITY = "(?:(?:[" + UNRESERVED + SUB_DELIMS + ":]|" + PCT
      + ")*@)?(?:\\[[0-9A-Fa-f:.]+\\]|\\[v[0-9A-Fa-f]+\\.[" + "A-Za-z0-9\\-._~" + SUB_DELIMS
      + ":]+\\]|(?:[" + UNRESERVED + SUB_DELIMS + "]|" + PCT + ")*)(?::[0-9]*)?";
  private static final String PATH_ABEMPTY = "(?:/" + SEGMENT + ")*";
  private static final String PATH_ABSOLUTE = "/(?:" + SEGMENT_NZ + "(?:/" + SEGMENT + ")*)?";
  private static final String QUERY = "(?:\\?(?:" + PCHAR + "|[" + PRIVATE + "/?])*)?";
  private static final String FRAGMENT = "(?:#(?:" + PCHAR + "|[/?])*)?";
  static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+\\-.]*:(?://" + AUTHORITY
      + PATH_ABEMPTY + "|" + PATH_ABSOLUTE + "|" + SEGMENT_NZ + "(?:/" + SEGMENT + ")*|)"
      + QUERY + FRAGMENT);
  static final Pattern IRI_REFERENCE = Pattern.compile(IRI.pattern() + "|(?://" + AUTHORITY
      + PATH_ABEMPTY + "|" + PATH_ABSOLUTE + "|" + SEGMENT_NZ_NC + "(?:/" + SEGMENT + ")*|)"
      + QUERY + FRAGMENT);

  // RFC 4151 section 2.1: tag:authorityName,date:specific[#fragment], in URI (ASCII) form.
  private static final String DNS_NAME = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
      + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*";
  private static final String URI_PCHAR = "(?:[A-Za-z0-9\\-._~" + SUB_DELIMS + ":@]|" + PCT
      + ")";
  static final Pattern TAG_URI = Pattern.compile("tag:(?:" + DNS_NAME + "|[A-Za-z0-9\\-._]+@"
      + DNS_NAME + "),\\d{4}(?:-\\d{2}(?:-\\d{2})?)?:(?:" + URI_PCHAR + "|[/?])*(?:#(?:"
      + URI_PCHAR + "|[/?])*)?");
}
