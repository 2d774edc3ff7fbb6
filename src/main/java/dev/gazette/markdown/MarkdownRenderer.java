package dev.gazette.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.gazette.diag.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Renders article bodies. Thread-safe: Flexmark's parser and renderer hold no per-call state, so
 * one instance serves every rendering thread.
 *
 * <p>A block quote that starts with the line {@code [!CAPTION]} (the alert syntax GitHub uses for
 * notes) is a photo caption and becomes {@code <figure class="caption"><figcaption>}.
 *
 * <p>A body of plain paragraphs only, as most normalized raw articles are, is written without
 * Flexmark ({@link PlainParagraphs}), to the same bytes.
 *
 * <p>Every link and image passes {@link UrlPolicy} after parsing, whatever syntax made it (inline,
 * reference, {@code <autolink>}, bare URL, in a table, caption or footnote): a refused one becomes
 * its text, with a warning. Input beyond {@link MarkdownLimits}, a render that runs out of time
 * and any failure inside Flexmark give an error naming the file, and the article's text shown
 * escaped, paragraph by paragraph: one article never ends a build.
 */
public final class MarkdownRenderer {
  static final String CAPTION_MARKER = "[!CAPTION]";

  /** HTML of one body and what was wrong with it; problems name {@code file:line}. */
  public record Rendered(String html, List<Problem> problems) {
    public Rendered {
      problems = List.copyOf(problems);
    }
  }

  private final Parser parser;
  private final Parser parserWithoutAutolinks;
  private final boolean skipAutolinks;
  private final boolean plainDirectly;
  private final HtmlRenderer renderer;
  private final MarkdownLimits limits;

  public MarkdownRenderer() {
    this(MarkdownLimits.defaults());
  }

  public MarkdownRenderer(MarkdownLimits limits) {
    this(limits, true);
  }

  /** @param skipAutolinks parse bodies without autolink triggers without the autolink pass */
  MarkdownRenderer(MarkdownLimits limits, boolean skipAutolinks) {
    this(limits, skipAutolinks, true);
  }

  /** @param plainDirectly write bodies of plain paragraphs without Flexmark (PlainParagraphs) */
  MarkdownRenderer(MarkdownLimits limits, boolean skipAutolinks, boolean plainDirectly) {
    this.limits = limits;
    this.skipAutolinks = skipAutolinks;
    this.plainDirectly = plainDirectly;
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
        new GazetteExtension()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(Parser.HTML_FOR_TRANSLATOR, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    options.set(Parser.HEADING_PARSER, false); // replaced by HeadingStart
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
    MutableDataSet noAutolinks = new MutableDataSet(options);
    noAutolinks.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create(), FootnoteExtension.create(), new GazetteExtension()));
    parserWithoutAutolinks = Parser.builder(noAutolinks).build();
  }

  /**
   * Whether the autolink pass could find anything: it starts only at "://", "www." and "@"
   * (its URL, www and e-mail scanners). A body without them is parsed without the pass, which
   * walks every text node and was a fifth of the Markdown time: the tree is the same.
   */
  static boolean mayAutolink(String markdown) {
    return markdown.indexOf('@') >= 0 || markdown.contains("://") || markdown.contains("www.");
  }

  /** HTML only, for callers with no file to name; problems are dropped. */
  public String toHtml(String markdown) {
    return render(markdown, "(text)", 1).html();
  }

  /**
   * @param file named in problems
   * @param firstLine the file's line on which {@code markdown} starts, or 0 when the text was
   *     generated (a normalized raw article) and its lines are not the file's
   */
  public Rendered render(String markdown, String file, int firstLine) {
    List<Problem> problems = new ArrayList<>();
    Optional<MarkdownLimits.Excess> excess = limits.check(markdown);
    if (excess.isPresent()) {
      problems.add(Problem.error(file, fileLine(firstLine, excess.get().line() - 1),
          "not rendered as Markdown: " + excess.get().message()));
      return new Rendered(PlainHtml.of(markdown), problems);
    }
    if (plainDirectly) {
      Optional<String> plain = PlainParagraphs.html(markdown);
      if (plain.isPresent()) {
        return new Rendered(plain.get(), problems);
      }
    }
    long deadline = System.nanoTime() + limits.timeLimit().toNanos();
    try {
      Document doc = (!skipAutolinks || mayAutolink(markdown) ? parser : parserWithoutAutolinks)
          .parse(BasedSequence.of(new DeadlineText(markdown, deadline)));
      int depth = depth(doc);
      if (depth > 2 * limits.maxNesting()) {
        problems.add(Problem.error(file, fileLine(firstLine, 0), "not rendered as Markdown:"
            + " elements nested " + depth + " deep; at most " + 2 * limits.maxNesting()
            + " are rendered"));
        return new Rendered(PlainHtml.of(markdown), problems);
      }
      applyUrlPolicy(doc, file, firstLine, problems);
      return new Rendered(renderer.render(doc), problems);
    } catch (DeadlineText.TimeUp e) {
      problems.add(Problem.error(file, fileLine(firstLine, 0), "not rendered as Markdown: took"
          + " more than " + limits.timeLimit().toSeconds() + " s (article_time_limit)"));
    } catch (StackOverflowError | RuntimeException e) {
      // Flexmark recurses and has bugs of its own; one article must not end the build.
      problems.add(Problem.error(file, fileLine(firstLine, 0), "not rendered as Markdown: the"
          + " Markdown renderer failed on this article (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")"));
    }
    return new Rendered(PlainHtml.of(markdown), problems);
  }

  private static int fileLine(int firstLine, int bodyLine0) {
    return firstLine > 0 ? firstLine + bodyLine0 : 0;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** The depth of the tree, walked without recursion: the tree may be deeper than the stack. */
  static int depth(Node root) {
    int max = 0;
    int depth = 0;
    Node n = root;
    while (n != null) {
      max = Math.max(max, depth);
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n != null && n != root && n.getNext() == null) {
        n = n.getParent();
        depth--;
      }
      n = n == null || n == root ? null : n.getNext();
    }
    return max;
  }

  /**
   * Replaces every link and image whose URL the policy refuses by its text. Walks without
   * recursion, taking the next node before changing the current one.
   */
  private static void applyUrlPolicy(Document doc, String file, int firstLine,
      List<Problem> problems) {
    List<Node> refused = new ArrayList<>();
    Node n = doc;
    while (n != null) {
      Optional<String> why = refusal(n, doc);
      if (why.isPresent()) {
        refused.add(n);
        problems.add(Problem.warning(file, fileLine(firstLine, doc.getLineNumber(
            n.getStartOffset())), why.get() + "; the link is shown as text"));
      } else if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != null && n != doc && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == null || n == doc ? null : n.getNext();
    }
    for (Node r : refused) {
      asText(r);
    }
  }

  private static Optional<String> refusal(Node n, Document doc) {
    if (n instanceof Reference) {
      return Optional.empty(); // judged where it is used: an unused definition renders nothing
    }
    if (n instanceof LinkNodeBase link) {
      return UrlPolicy.refusal(link.getUrl().unescape())
          .map(why -> (n instanceof Image ? "image " : "link ") + why);
    }
    if (n instanceof RefNode ref) {
      Reference target = ref.getReferenceNode(doc);
      return target == null ? Optional.empty() : UrlPolicy.refusal(target.getUrl().unescape())
          .map(why -> (n instanceof ImageRef ? "image " : "link ") + why + " (reference '"
              + target.getReference().unescape() + "')");
    }
    return Optional.empty();
  }

  /** A link becomes what it shows: its children for [text](url), its source for an autolink. */
  private static void asText(Node link) {
    if (link instanceof AutoLink || link.getFirstChild() == null) {
      link.insertBefore(new Text(link.getChars()));
    } else {
      Node child = link.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        link.insertBefore(child);
        child = next;
      }
    }
    link.unlink();
  }

  /** Plugs the caption renderer, the linear inline parser and the last URL check into Flexmark. */
  private static final class GazetteExtension implements HtmlRenderer.HtmlRendererExtension,
      Parser.ParserExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
      builder.nodeRendererFactory(options -> new CaptionRenderer());
      builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
          return new UrlAttributeGuard();
        }
      });
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
      builder.customInlineParserFactory(LinearInlineParser::new);
      builder.customBlockParserFactory(new HeadingStart());
      // Flexmark adds the reference-definition step only for its own inline parser.
      builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }
  }

  /**
   * The last line of defence: whatever node type a future extension adds, no {@code href} or
   * {@code src} outside the policy is written. Links are already text by now (with a warning);
   * this guard only ever drops an attribute nothing else caught.
   */
  private static final class UrlAttributeGuard implements AttributeProvider {
    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part,
        @NotNull MutableAttributes attributes) {
      for (String name : List.of("href", "src")) {
        if (!attributes.contains(name)) {
          continue;
        }
        String url = attributes.getValue(name);
        if (!UrlPolicy.allows(url)) {
          attributes.remove(name);
        } else {
          // Flexmark writes "&name;" in an attribute as it is, a character reference the
          // browser decodes: "javascript&colon;x", judged a relative URL here, reached the page
          // as javascript:x. Every & is written as &amp;, so the browser reads what was judged.
          attributes.replaceValue(name, url.replace("&", "&amp;"));
        }
      }
    }
  }

  private static final class CaptionRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
    }

    private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
      Node first = quote.getFirstChild();
      if (!(first instanceof Paragraph)
          || !first.getChars().toString().startsWith(CAPTION_MARKER)) {
        context.delegateRender();
        return;
      }
      int markerEnd = first.getStartOffset() + CAPTION_MARKER.length();
      html.line().raw("<figure class=\"caption\"><figcaption>");
      boolean started = false;
      for (Node child = first.getFirstChild(); child != null; child = child.getNext()) {
        if (!started && child.getEndOffset() <= markerEnd) {
          continue;
        }
        if (!started && child instanceof SoftLineBreak) {
          started = true;
          continue;
        }
        started = true;
        context.render(child);
      }
      for (Node rest = first.getNext(); rest != null; rest = rest.getNext()) {
        context.render(rest);
      }
      html.raw("</figcaption></figure>").line();
    }
  }
}
