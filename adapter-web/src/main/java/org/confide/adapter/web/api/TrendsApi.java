package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.TrendQuery;
import org.confide.adapter.web.rendering.TrendCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * Trends and pattern alerts for staff: suppressed counts as JSON or CSV, the alerts, and a
 * safeguarding lead's view of the reports behind one.
 */
public final class TrendsApi {

  private final ReadTrendsUseCase readTrends;
  private final ListAlertsUseCase listAlerts;
  private final OpenAlertUseCase openAlert;
  private final Responses responses;
  private final Clock clock;

  public TrendsApi(Confide confide, Responses responses, Clock clock) {
    this.readTrends = confide.readTrends();
    this.listAlerts = confide.listAlerts();
    this.openAlert = confide.openAlert();
    this.responses = responses;
    this.clock = clock;
  }

  /** {@code GET /api/v1/staff/trends?from=YYYY-MM&to=YYYY-MM&by=type,where}. */
  public void trends(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, readTrends.read(token, query(ctx)), 200, TrendsResponse::of);
  }

  /** {@code GET /api/v1/staff/trends.csv}: the same table, the same suppression, as CSV. */
  public void trendsCsv(Context ctx) {
    var token = Bearer.token(ctx);
    switch (readTrends.read(token, query(ctx))) {
      case Outcome.Done<ReadTrendsUseCase.Trends, StaffRequestFailure>(var trends) ->
          TrendCsv.download(ctx, trends, responses.language(ctx));
      case Outcome.Failed<ReadTrendsUseCase.Trends, StaffRequestFailure>(var failure) ->
          responses.fail(ctx, failure);
    }
  }

  /** {@code GET /api/v1/staff/alerts}. */
  public void alerts(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(ctx, listAlerts.list(token), 200, AlertsResponse::of);
  }

  /** {@code GET /api/v1/staff/alerts/{id}}: a lead opens the reports behind an alert. */
  public void alert(Context ctx) {
    var token = Bearer.token(ctx);
    var id = PathIds.alert(ctx);
    responses.send(
        ctx, openAlert.open(token, new OpenAlertUseCase.Command(id)), 200, AlertResponse::of);
  }

  private ReadTrendsUseCase.Command query(Context ctx) {
    return TrendQuery.of(ctx, clock);
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
