package org.confide.adapter.web.rendering;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A bar chart of the service dashboard, as SVG drawn on the server, drawn as {@link TrendChart}
 * draws trends: no script, no inline style, an image with a title and a description for screen
 * readers (the same figures as the table beside it), every label escaped. A row may hold one bar or
 * two (such as the median and the 90th percentile), told apart by a legend as well as colour; a
 * figure withheld is a hatched, outlined stub of no particular height, labelled with its words.
 */
public final class DashboardChart {

  private static final int ROW = 30;
  private static final int LABEL_WIDTH = 200;
  private static final int BAR_WIDTH = 300;
  private static final int VALUE_WIDTH = 190;
  private static final int TOP = 8;
  private static final int LEGEND = 24;
  private static final int STUB = 12;
  private static final List<String> FILLS = List.of("#1d4f91", "#5b8fd0");

  private DashboardChart() {}

  /**
   * One row of a chart.
   *
   * @param label what the row is, such as {@code March 2026}
   * @param values one value per series, empty where withheld or where there is none
   * @param words the row's figures in words, shown at the end of its bars
   */
  public record Row(String label, List<OptionalLong> values, String words) {
    /**
     * Keeps an unmodifiable copy.
     *
     * @throws NullPointerException if a component is null
     */
    public Row {
      Objects.requireNonNull(label, "label");
      values = List.copyOf(values);
      Objects.requireNonNull(words, "words");
    }
  }

  /**
   * The chart.
   *
   * @param id lower-case letters, digits and hyphens, starting with a letter: the prefix of the ids
   *     inside the chart, so that several charts can share a page
   * @param title what the chart shows
   * @param description every figure in words, for screen readers
   * @param series the name of each series, one or two; the legend shows them when there are two
   * @param rows the rows, each with one value per series
   * @param scale the value a full-length bar stands for (at least the largest value); 0 for the
   *     largest value
   * @return the SVG element
   */
  public static String svg(
      String id,
      String title,
      String description,
      List<String> series,
      List<Row> rows,
      long scale) {
    if (!id.matches("[a-z][a-z0-9-]{0,40}")) {
      throw new IllegalArgumentException("a chart id is lower-case letters, digits and hyphens");
    }
    if (series.isEmpty() || series.size() > FILLS.size()) {
      throw new IllegalArgumentException("a chart has one series or two");
    }
    long largest =
        Math.max(
            scale,
            rows.stream()
                .flatMap(r -> r.values().stream())
                .mapToLong(v -> v.orElse(0))
                .max()
                .orElse(0));
    int legend = series.size() > 1 ? LEGEND : 0;
    int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
    int height = TOP * 2 + legend + ROW * rows.size();
    var svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"trend-chart\"")
        .append(" width=\"" + width + "\" height=\"" + height + "\"")
        .append(" viewBox=\"0 0 " + width + " " + height + "\"")
        .append(" aria-labelledby=\"" + id + "-title " + id + "-desc\">");
    svg.append("<title id=\"" + id + "-title\">")
        .append(TrendChart.escape(title))
        .append("</title>");
    svg.append("<desc id=\"" + id + "-desc\">")
        .append(TrendChart.escape(description))
        .append("</desc>");
    svg.append("<defs><pattern id=\"" + id + "-hatch\" width=\"6\" height=\"6\"")
        .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#555555\" stroke-width=\"2\"/>")
        .append("</pattern></defs>");
    if (legend > 0) {
      int x = LABEL_WIDTH;
      for (int s = 0; s < series.size(); s++) {
        svg.append("<rect x=\"" + x + "\" y=\"" + TOP + "\" width=\"12\" height=\"12\" fill=\"")
            .append(FILLS.get(s))
            .append("\"/>");
        svg.append("<text class=\"trend-label\" x=\"" + (x + 18) + "\" y=\"" + (TOP + 11) + "\"")
            .append(" font-size=\"14\" fill=\"#1a1a1a\">")
            .append(TrendChart.escape(series.get(s)))
            .append("</text>");
        x += 190;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      var row = rows.get(i);
      int y = TOP + legend + i * ROW;
      svg.append("<g class=\"trend-row\">");
      svg.append("<text class=\"trend-label\" x=\"" + (LABEL_WIDTH - 8) + "\"")
          .append(" y=\"" + (y + ROW / 2 + 5) + "\" text-anchor=\"end\" font-size=\"14\"")
          .append(" fill=\"#1a1a1a\">")
          .append(TrendChart.escape(shorten(row.label())))
          .append("</text>");
      int barHeight = (ROW - 8) / series.size();
      int longest = STUB;
      for (int s = 0; s < series.size(); s++) {
        var value = s < row.values().size() ? row.values().get(s) : OptionalLong.empty();
        int barY = y + 4 + s * barHeight;
        if (value.isPresent()) {
          int length =
              largest == 0 ? 0 : (int) Math.round((double) value.getAsLong() / largest * BAR_WIDTH);
          longest = Math.max(longest, length);
          svg.append("<rect class=\"trend-bar\" x=\"" + LABEL_WIDTH + "\" y=\"" + barY + "\"")
              .append(" width=\"" + length + "\" height=\"" + barHeight + "\" fill=\"")
              .append(FILLS.get(s))
              .append("\"/>");
        } else {
          svg.append("<rect class=\"trend-bar-suppressed\" x=\"" + LABEL_WIDTH + "\"")
              .append(" y=\"" + barY + "\" width=\"" + STUB + "\" height=\"" + barHeight + "\"")
              .append(" fill=\"url(#" + id + "-hatch)\" stroke=\"#555555\"")
              .append(" stroke-dasharray=\"3 2\"/>");
        }
      }
      svg.append("<text class=\"trend-value\" x=\"" + (LABEL_WIDTH + longest + 6) + "\"")
          .append(" y=\"" + (y + ROW / 2 + 5) + "\" font-size=\"14\" fill=\"#1a1a1a\">")
          .append(TrendChart.escape(row.words()))
          .append("</text>");
      svg.append("</g>");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static String shorten(String label) {
    return label.length() <= 26 ? label : label.substring(0, 25) + "…";
  }
}
