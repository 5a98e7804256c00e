package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * A trend table as CSV (RFC 4180, CRLF line ends), suppressed exactly as the JSON: a hidden count
 * is its words ("fewer than 5", "not shown"), never a number. Every cell that a spreadsheet could
 * take for a formula — starting with =, +, -, @, a tab or a carriage return — is prefixed with an
 * apostrophe, since labels come from the questionnaire and could be written by anyone who edits it.
 */
public final class TrendCsv {

  private TrendCsv() {}

  /** Answers {@code trends} as a CSV download named after its range and dimensions. */
  public static void download(Context ctx, ReadTrendsUseCase.Trends trends) {
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
    ctx.status(200);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(of(trends.table()));
  }

  /** The table as CSV text. */
  static String of(TrendTable table) {
    var lines = new ArrayList<List<String>>();
    var first = table.dimensions().getFirst().parameter();
    var header = new ArrayList<String>(List.of(first, "label"));
    if (table.columns().isEmpty()) {
      header.add("reports");
    } else {
      table.columns().forEach(column -> header.add(column.label()));
      header.add("total");
    }
    lines.add(header);
    for (int r = 0; r < table.rows().size(); r++) {
      var row = table.rows().get(r);
      var line = new ArrayList<String>(List.of(row.key(), row.label()));
      if (!table.columns().isEmpty()) {
        table.cells().get(r).forEach(cell -> line.add(cell(cell)));
      }
      line.add(cell(table.rowTotals().get(r)));
      lines.add(line);
    }
    var total = new ArrayList<String>(List.of("total", "All reports"));
    table.columnTotals().forEach(cell -> total.add(cell(cell)));
    total.add(cell(table.total()));
    lines.add(total);
    return Csv.of(lines);
  }

  private static String cell(Count count) {
    return count.label();
  }

  /** One field, made inert for spreadsheets and quoted when it needs to be. */
  static String field(String value) {
    return Csv.field(value);
  }
}
