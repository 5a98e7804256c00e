package org.confide.adapter.web.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The organisation's Markdown (CommonMark) as HTML that is safe to put in a page, whoever wrote it.
 *
 * <ul>
 *   <li>Raw HTML is never rendered: a tag, a comment or an HTML block in the text is shown as the
 *       text it is ({@code escapeHtml}), so no element and no attribute (no {@code script}, no
 *       {@code onclick}, no {@code style}) can come from it.
 *   <li>A link survives only to an address with the scheme {@code https:}, {@code http:}, {@code
 *       mailto:} or {@code tel:}, or to a path on this site ({@code /pages/support}, {@code
 *       #section}). The scheme is read after the parser has decoded entities and escapes, and with
 *       every space and control character removed, as a browser would: {@code &#106;avascript:} and
 *       {@code java&#9;script:} are {@code javascript:}. Any other link ({@code javascript:},
 *       {@code data:}, {@code vbscript:}, {@code //elsewhere}) is replaced by its text.
 *   <li>Every link leaves with no referrer ({@code rel="noreferrer noopener"}, and the pages'
 *       referrer policy).
 *   <li>An image is shown as its description: no page loads anything from another site.
 *   <li>Headings start at level 2: the page's title is its one level-1 heading.
 * </ul>
 *
 * <p>Every text and attribute value is escaped by the renderer.
 */
public final class SafeMarkdown {

  private static final Set<String> SCHEMES = Set.of("https", "http", "mailto", "tel");

  private static final Parser PARSER = Parser.builder().build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .escapeHtml(true)
          .attributeProviderFactory(context ->
              (node, tagName, attributes) -> {
                if (node instanceof Link) {
                  attributes.put("rel", "noreferrer noopener");
                }
              })
          .build();

  private SafeMarkdown() {}

  /**
   * {@code markdown} as safe HTML.
   *
   * @param markdown CommonMark text, from anyone
   * @return HTML holding only the elements CommonMark makes, with safe links
   */
  public static String html(String markdown) {
    var document = PARSER.parse(markdown == null ? "" : markdown);
    var unsafe = new ArrayList<Node>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            if (!allowed(link.getDestination())) {
              unsafe.add(link);
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            unsafe.add(image);
            visitChildren(image);
          }

          @Override
          public void visit(Heading heading) {
            heading.setLevel(Math.max(2, heading.getLevel()));
            visitChildren(heading);
          }
        });
    for (var node : unsafe) {
      unwrap(node);
    }
    return RENDERER.render(document);
  }

  /** Puts the children of {@code node} in its place: a link's text, an image's description. */
  private static void unwrap(Node node) {
    List<Node> children = new ArrayList<>();
    for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
      children.add(child);
    }
    if (children.isEmpty() && node instanceof Image image && image.getTitle() != null) {
      children.add(new Text(image.getTitle()));
    }
    for (var child : children) {
      node.insertBefore(child);
    }
    node.unlink();
  }

  /**
   * Whether a link to {@code destination} may stay: an address with an allowed scheme, or a path on
   * this site.
   *
   * @param destination the destination as the parser decoded it
   * @return true when it may stay
   */
  static boolean allowed(String destination) {
    if (destination == null) {
      return false;
    }
    // As a browser reads it: spaces and control characters anywhere are dropped.
    var plain = new StringBuilder();
    destination
        .codePoints()
        .filter(
            c -> c > 0x20 && c != 0x7f && !Character.isISOControl(c) && !Character.isWhitespace(c))
        .forEach(plain::appendCodePoint);
    var url = plain.toString();
    // A backslash is a slash to a browser (two of them start another site): no link needs one.
    if (url.isEmpty() || url.indexOf('\\') >= 0) {
      return false;
    }
    int colon = url.indexOf(':');
    int end = firstOf(url, "/?#");
    if (colon >= 0 && (end < 0 || colon < end)) {
      return SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT));
    }
    // No scheme: only a path on this site, never "//elsewhere", which is another site.
    return (url.startsWith("/") && !url.startsWith("//")) || url.startsWith("#");
  }

  private static int firstOf(String text, String characters) {
    int first = -1;
    for (char c : characters.toCharArray()) {
      int at = text.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
