package org.confide.adapter.web.rendering;

import java.util.function.Function;
import org.confide.adapter.web.i18n.Shown;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.TrendCategory;
import org.confide.domain.analytics.TrendTable;

/**
 * A bar chart of a trend table by one dimension, as SVG drawn on the server: no script, no inline
 * style (so a CSP of {@code style-src 'self'} allows it), only presentation attributes and classes
 * ({@code trend-bar}, {@code trend-bar-suppressed}, {@code trend-label}) a stylesheet may restyle.
 * It is an image with a title and a description for screen readers; every label is escaped. A
 * suppressed count is drawn as a hatched, outlined stub of no particular height, labelled with its
 * words ("fewer than 5"), so its height can never be read as a number.
 */
public final class TrendChart {

  private static final int ROW = 28;
  private static final int LABEL_WIDTH = 220;
  private static final int BAR_WIDTH = 360;
  private static final int VALUE_WIDTH = 110;
  private static final int TOP = 8;
  private static final int STUB = 12;

  private TrendChart() {}

  /**
   * The chart of {@code table}; throws {@link IllegalArgumentException} for a table by two
   * dimensions, which is shown as a table, not a chart.
   *
   * @param title what the chart shows, in words, such as "Reports by type, January to March 2026"
   */
  public static String svg(TrendTable table, String title) {
    return svg(table, title, "trend-chart");
  }

  /**
   * As {@link #svg(TrendTable, String)}, with the ids inside the chart (its title, description and
   * hatching) starting with {@code id}, so that several charts can share one page.
   *
   * @param id lower-case letters, digits and hyphens, starting with a letter
   */
  public static String svg(TrendTable table, String title, String id) {
    return svg(table, title, description(table), c -> Shown.inPage(c.label()), Count::label, id);
  }

  /**
   * As {@link #svg(TrendTable, String, String)}, in the words of a page's language: each row's
   * label and each count's words as {@code category} and {@code count} give them, and the
   * description for screen readers as given.
   *
   * @param description every row in words, for screen readers
   * @param category a row's label, with its language when not the page's (its {@code <text>} is
   *     then marked with {@code lang})
   * @param count a count's words: "12", "fewer than 5"
   */
  public static String svg(
      TrendTable table,
      String title,
      String description,
      Function<TrendCategory, Shown> category,
      Function<Count, String> count,
      String id) {
    if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("a chart id is lower-case letters, digits and hyphens");
    }
    if (table.dimensions().size() != 1) {
      throw new IllegalArgumentException("a chart is of a table by one dimension");
    }
    long largest =
        table.rowTotals().stream()
            .mapToLong(c -> c instanceof Count.Exact exact ? exact.value() : 0)
            .max()
            .orElse(0);
    int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    int height = TOP * 2 + ROW * table.rows().size();
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"trend-chart\"")
        .append(" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\">");
    svg.append("<title id=\"").append(id).append("-title\">");
    svg.append(escape(title)).append("</title>");
    svg.append("<desc id=\"").append(id).append("-desc\">");
    svg.append(escape(description)).append("</desc>");
    svg.append("<defs><pattern id=\"")
        .append(id)
        .append("-hatch\" width=\"6\" height=\"6\"")
        .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#555555\" stroke-width=\"2\"/>")
        .append("</pattern></defs>");
    for (int i = 0; i < table.rows().size(); i++) {
      int y = TOP + i * ROW;
      var label = category.apply(table.rows().get(i));
      var total = table.rowTotals().get(i);
      svg.append("<g class=\"trend-row\">");
      svg.append("<text class=\"trend-label\" x=\"")
          .append(LABEL_WIDTH - 8)
          .append("\" y=\"")
          .append(y + ROW / 2 + 5)
          .append("\" text-anchor=\"end\" font-size=\"14\" fill=\"#1a1a1a\"")
          .append(label.lang() == null ? "" : " lang=\"" + escape(label.lang()) + "\"")
          .append('>')
          .append(escape(shorten(label.text())))
          .append("</text>");
      switch (total) {
        case Count.Exact exact -> {
          int length =
              largest == 0 ? 0 : (int) Math.round((double) exact.value() / largest * BAR_WIDTH);
          svg.append("<rect class=\"trend-bar\" x=\"")
              .append(LABEL_WIDTH)
              .append("\" y=\"")
              .append(y + 4)
              .append("\" width=\"")
              .append(length)
              .append("\" height=\"")
              .append(ROW - 8)
              .append("\" fill=\"#1d4f91\"/>");
        }
        case Count.FewerThan fewer -> stub(svg, y, id);
        case Count.NotShown notShown -> stub(svg, y, id);
      }
      int textX =
          LABEL_WIDTH
              + (total instanceof Count.Exact exact && largest > 0
                  ? (int) Math.round((double) exact.value() / largest * BAR_WIDTH)
                  : STUB)
              + 6;
      svg.append("<text class=\"trend-value\" x=\"")
          .append(textX)
          .append("\" y=\"")
          .append(y + ROW / 2 + 5)
          .append("\" font-size=\"14\" fill=\"#1a1a1a\">")
          .append(escape(count.apply(total)))
          .append("</text>");
      svg.append("</g>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void stub(StringBuilder svg, int y, String id) {
    svg.append("<rect class=\"trend-bar-suppressed\" x=\"")
        .append(LABEL_WIDTH)
        .append("\" y=\"")
        .append(y + 4)
        .append("\" width=\"")
        .append(STUB)
        .append("\" height=\"")
        .append(ROW - 8)
        .append("\" fill=\"url(#")
        .append(id)
        .append("-hatch)\" stroke=\"#555555\" stroke-dasharray=\"3 2\"/>");
  }

  /** Every row in words, for screen readers: the chart says nothing the text does not. */
  private static String description(TrendTable table) {
    var text = new StringBuilder("Reports by " + table.dimensions().getFirst().parameter() + ": ");
    for (int i = 0; i < table.rows().size(); i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(table.rows().get(i).label())
          .append(", ")
          .append(table.rowTotals().get(i).label());
    }
    text.append(". All reports: ").append(table.total().label()).append('.');
    return text.toString();
  }

  private static String shorten(String label) {
    return label.length() <= 30 ? label : label.substring(0, 29) + "…";
  }

  /** Escapes text for XML content and attribute values alike. */
  static String escape(String text) {
    var out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(c -> {
          switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
              // Control characters other than tab and line ends are not allowed in XML at all.
              if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            }
          }
        });
    return out.toString();
  }
}
