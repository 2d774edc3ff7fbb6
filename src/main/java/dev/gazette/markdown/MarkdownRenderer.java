package dev.gazette.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Set;

/**
 * Renders article bodies. Thread-safe: Flexmark's parser and renderer hold no per-call state, so
 * one instance serves every rendering thread.
 *
 * <p>A block quote that starts with the line {@code [!CAPTION]} (the alert syntax GitHub uses for
 * notes) is a photo caption and becomes {@code <figure class="caption"><figcaption>}.
 */
public final class MarkdownRenderer {
  static final String CAPTION_MARKER = "[!CAPTION]";

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(),
        StrikethroughExtension.create(), AutolinkExtension.create(), FootnoteExtension.create(),
        new CaptionExtension()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SUPPRESS_HTML, false);
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(Parser.HTML_FOR_TRANSLATOR, false);
    options.set(TablesExtension.CLASS_NAME, "table");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
  }

  public String toHtml(String markdown) {
    return renderer.render(parser.parse(markdown));
  }

  /** Plugs the caption renderer into Flexmark. */
  private static final class CaptionExtension implements HtmlRenderer.HtmlRendererExtension,
      Parser.ParserExtension {
    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
      builder.nodeRendererFactory(options -> new CaptionRenderer());
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {}
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
