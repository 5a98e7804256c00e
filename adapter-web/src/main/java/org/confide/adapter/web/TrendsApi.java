package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confide.application.Confide;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * Trends and pattern alerts for staff: suppressed counts as JSON or CSV, the alerts, and a
 * safeguarding lead's view of the reports behind one.
 */
final class TrendsApi {

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final String DIMENSIONS =
      Arrays.stream(TrendDimension.values())
          .map(TrendDimension::parameter)
          .collect(Collectors.joining(", "));

  private final ReadTrendsUseCase readTrends;
  private final ListAlertsUseCase listAlerts;
  private final OpenAlertUseCase openAlert;
  private final Responses responses;
  private final Clock clock;

  TrendsApi(Confide confide, Responses responses, Clock clock) {
    this.readTrends = confide.readTrends();
    this.listAlerts = confide.listAlerts();
    this.openAlert = confide.openAlert();
    this.responses = responses;
    this.clock = clock;
  }

  /** {@code GET /api/v1/staff/trends?from=YYYY-MM&to=YYYY-MM&by=type,where}. */
  void trends(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, readTrends.read(token, query(ctx)), 200, TrendsResponse::of);
  }

  /** {@code GET /api/v1/staff/trends.csv}: the same table, the same suppression, as CSV. */
  void trendsCsv(Context ctx) {
    var token = Bearer.token(ctx);
    var outcome = readTrends.read(token, query(ctx));
    if (outcome instanceof Outcome.Done<ReadTrendsUseCase.Trends> done) {
      sendCsv(ctx, done.value());
      return;
    }
    responses.send(ctx, outcome, 200, value -> value);
  }

  /** {@code GET /api/v1/staff/alerts}. */
  void alerts(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, listAlerts.list(token), 200, AlertsResponse::of);
  }

  /** {@code GET /api/v1/staff/alerts/{id}}: a lead opens the reports behind an alert. */
  void alert(Context ctx) {
    var token = Bearer.token(ctx);
    var id = PathIds.alert(ctx);
    responses.send(ctx, openAlert.open(token, id), 200, AlertResponse::of);
  }

  /** The query, every bad parameter named in one 400. */
  /** Answers {@code trends} as a CSV download named after its range and dimensions. */
  static void sendCsv(Context ctx, ReadTrendsUseCase.Trends trends) {
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
    ctx.result(TrendCsv.of(trends.table()));
  }

  private ReadTrendsUseCase.Query query(Context ctx) {
    return query(ctx, clock);
  }

  /**
   * The query of a trends request, from its {@code from}, {@code to} and {@code by} parameters; a
   * blank {@code by} is left out. Throws a 400 problem naming each bad parameter.
   */
  static ReadTrendsUseCase.Query query(Context ctx, Clock clock) {
    var required = RequestProblems.none();
    var to = month(ctx.queryParam("to"), "to", required);
    var thisMonth = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    var from = month(ctx.queryParam("from"), "from", required);
    var by = new ArrayList<TrendDimension>();
    var byTexts = ctx.queryParams("by").stream().filter(text -> !text.isBlank()).toList();
    var names =
        byTexts.isEmpty()
            ? List.of("type")
            : byTexts.stream().flatMap(text -> Arrays.stream(text.split(",", -1))).toList();
    for (var name : names) {
      var dimension = TrendDimension.parse(name.strip());
      if (dimension.isEmpty()) {
        required.problem("by", "Should be one or two of " + DIMENSIONS + ", joined by a comma");
        break;
      }
      by.add(dimension.get());
    }
    required.check();
    var end = to.orElse(thisMonth);
    return new ReadTrendsUseCase.Query(from.orElse(end.minusMonths(11)), end, by);
  }

  private static Optional<YearMonth> month(String text, String field, RequestProblems required) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      if (MONTH.matcher(text.strip()).matches()) {
        return Optional.of(YearMonth.parse(text.strip()));
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    required.problem(field, "Should be a month, written YYYY-MM");
    return Optional.empty();
  }

  /** A count as the API shows it: the number, or null and why it is hidden, and its words. */
  record CountResponse(Long count, String suppressed, String shown) {
    static CountResponse of(Count count) {
      return switch (count) {
        case Count.Exact exact -> new CountResponse(exact.value(), null, count.label());
        case Count.FewerThan fewer -> new CountResponse(null, "FEWER_THAN", count.label());
        case Count.NotShown notShown -> new CountResponse(null, "NOT_SHOWN", count.label());
      };
    }
  }

  /** A row: its category, its count across the columns, and its cells when crossed. */
  record RowResponse(String key, String label, CountResponse total, List<CountResponse> cells) {}

  /** A column of a crossed table and its total. */
  record ColumnResponse(String key, String label, CountResponse total) {}

  /** A suppressed trend table. */
  record TrendsResponse(
      String from,
      String to,
      List<String> by,
      int threshold,
      List<RowResponse> rows,
      List<ColumnResponse> columns,
      CountResponse total) {
    static TrendsResponse of(ReadTrendsUseCase.Trends trends) {
      TrendTable table = trends.table();
      var rows = new ArrayList<RowResponse>();
      for (int r = 0; r < table.rows().size(); r++) {
        var category = table.rows().get(r);
        rows.add(
            new RowResponse(
                category.key(),
                category.label(),
                CountResponse.of(table.rowTotals().get(r)),
                table.cells().isEmpty()
                    ? List.of()
                    : table.cells().get(r).stream().map(CountResponse::of).toList()));
      }
      var columns = new ArrayList<ColumnResponse>();
      for (int c = 0; c < table.columns().size(); c++) {
        var category = table.columns().get(c);
        columns.add(
            new ColumnResponse(
                category.key(), category.label(), CountResponse.of(table.columnTotals().get(c))));
      }
      return new TrendsResponse(
          trends.from().toString(),
          trends.to().toString(),
          table.dimensions().stream().map(TrendDimension::parameter).toList(),
          table.threshold().value(),
          rows,
          columns,
          CountResponse.of(table.total()));
    }
  }

  /** The alerts a member of staff may see. */
  record AlertsResponse(List<AlertRow> alerts) {
    static AlertsResponse of(List<ListAlertsUseCase.Alert> alerts) {
      return new AlertsResponse(alerts.stream().map(AlertRow::of).toList());
    }
  }

  /** One alert; kind and dates are null for an analyst. */
  record AlertRow(
      String id, int reports, String kind, Instant firstReceivedAt, Instant lastReceivedAt) {
    static AlertRow of(ListAlertsUseCase.Alert alert) {
      return new AlertRow(
          alert.id().value(),
          alert.reports(),
          alert.kind().map(Enum::name).orElse(null),
          alert.firstReceivedAt().orElse(null),
          alert.lastReceivedAt().orElse(null));
    }
  }

  /** The reports behind an alert. */
  record AlertResponse(String id, String kind, List<AlertReportResponse> reports) {
    static AlertResponse of(OpenAlertUseCase.AlertFile file) {
      return new AlertResponse(
          file.id().value(),
          file.kind().name(),
          file.reports().stream().map(AlertReportResponse::of).toList());
    }

    @Override
    public String toString() {
      return "AlertResponse[" + id + "]";
    }
  }

  /** One report behind an alert. */
  record AlertReportResponse(
      String reference,
      Instant receivedAt,
      String status,
      String risk,
      boolean anonymous,
      List<ReporterApi.AnswerResponse> answers,
      String account) {
    static AlertReportResponse of(OpenAlertUseCase.AlertReport report) {
      return new AlertReportResponse(
          report.reference().display(),
          report.receivedAt(),
          report.status().name(),
          report.risk().name(),
          report.anonymous(),
          report.answers().stream().map(ReporterApi.AnswerResponse::of).toList(),
          report.account().orElse(null));
    }

    @Override
    public String toString() {
      return "AlertReportResponse[" + reference + "]";
    }
  }
}
