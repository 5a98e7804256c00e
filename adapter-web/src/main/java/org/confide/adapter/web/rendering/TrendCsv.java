package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * A trend table as CSV (RFC 4180, CRLF line ends), suppressed exactly as the JSON: a hidden count
 * is its words ("fewer than 5", "not shown"), never a number. Its headings, its rows' and columns'
 * names and those words are in the language asked for; the first column keeps each row's key (an
 * option's id, a month), and its heading the dimension's name in the API, in every language. Every
 * cell that a spreadsheet could take for a formula — starting with =, +, -, @, a tab or a carriage
 * return — is prefixed with an apostrophe, since labels come from the questionnaire and could be
 * written by anyone who edits it.
 */
public final class TrendCsv {

  private TrendCsv() {}

  /**
   * Answers {@code trends} as a CSV download named after its range and dimensions.
   *
   * @param ctx the request
   * @param trends the table read
   * @param texts the words of the language to write it in
   */
  public static void download(Context ctx, ReadTrendsUseCase.Trends trends, Texts texts) {
    var name =
        "trends-"
            + trends.from()
            + "-to-"
            + trends.to()
            + "-by-"
            + trends.table().dimensions().stream()
                .map(TrendDimension::parameter)
                .collect(Collectors.joining("-"))
            + ".csv";
    Csv.download(ctx, name, texts, lines(trends.table(), texts));
  }

  /** The table as CSV text. */
  static String of(TrendTable table, Texts texts) {
    return Csv.of(lines(table, texts));
  }

  private static List<List<String>> lines(TrendTable table, Texts texts) {
    var lines = new ArrayList<List<String>>();
    var rows = table.dimensions().getFirst();
    var header = new ArrayList<String>(List.of(rows.parameter(), texts.text("csv.label")));
    if (table.columns().isEmpty()) {
      header.add(texts.text("csv.reports"));
    } else {
      var columns = table.dimensions().get(1);
      table.columns().forEach(column -> header.add(Terms.category(column, columns, texts)));
      header.add(texts.text("csv.total"));
    }
    lines.add(header);
    for (int r = 0; r < table.rows().size(); r++) {
      var row = table.rows().get(r);
      var line = new ArrayList<String>(List.of(row.key(), Terms.category(row, rows, texts)));
      if (!table.columns().isEmpty()) {
        table.cells().get(r).forEach(cell -> line.add(Terms.cell(cell, texts)));
      }
      line.add(Terms.cell(table.rowTotals().get(r), texts));
      lines.add(line);
    }
    var total = new ArrayList<String>(List.of("total", texts.text("csv.trends.allReports")));
    table.columnTotals().forEach(cell -> total.add(Terms.cell(cell, texts)));
    total.add(Terms.cell(table.total(), texts));
    lines.add(total);
    return lines;
  }

  /** One field, made inert for spreadsheets and quoted when it needs to be. */
  static String field(String value) {
    return Csv.field(value);
  }
}
