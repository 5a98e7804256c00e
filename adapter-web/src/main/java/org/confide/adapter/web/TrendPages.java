package org.confide.adapter.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.page.FormError;
import org.confide.application.Confide;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.domain.analytics.TrendDimension;

/**
 * Trends and pattern alerts as staff pages: counts with small ones suppressed, drawn as tables and
 * as server-side SVG charts (no script), with the same table as a CSV download; alerts as counts
 * for analysts, and the reports behind one for safeguarding leads.
 */
final class TrendPages {

  private final Pages pages;
  private final StaffPages staffPages;
  private final ReadTrendsUseCase readTrends;
  private final ListAlertsUseCase listAlerts;
  private final OpenAlertUseCase openAlert;
  private final Clock clock;

  TrendPages(Confide confide, Pages pages, StaffPages staffPages, Clock clock) {
    this.pages = pages;
    this.staffPages = staffPages;
    this.readTrends = confide.readTrends();
    this.listAlerts = confide.listAlerts();
    this.openAlert = confide.openAlert();
    this.clock = clock;
  }

  /** {@code GET /staff/trends?from&to&by&by}. */
  void trends(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = pages.staffFrame(ctx, Optional.of(signed.get().nav()));
    var params = new LinkedHashMap<String, Object>();
    var by = ctx.queryParams("by").stream().filter(b -> !b.isBlank()).toList();
    params.put("by1", by.isEmpty() ? "type" : by.get(0));
    params.put("by2", by.size() > 1 ? by.get(1) : "");
    params.put("dimensions", List.of(TrendDimension.values()));
    ReadTrendsUseCase.Query query;
    try {
      query = TrendsApi.query(ctx, clock);
    } catch (ProblemException e) {
      params.put("from", Optional.ofNullable(ctx.queryParam("from")).orElse(""));
      params.put("to", Optional.ofNullable(ctx.queryParam("to")).orElse(""));
      params.put("trends", null);
      params.put("chart", null);
      params.put("csv", null);
      params.put(
          "errors",
          e.problem().errors().stream().map(f -> new FormError(f.field(), f.message())).toList());
      pages.render(ctx, 400, frame, "staff/trends.jte", params);
      return;
    }
    params.put("from", query.from().toString());
    params.put("to", query.to().toString());
    switch (readTrends.read(signed.get().token(), query)) {
      case Outcome.Done<ReadTrendsUseCase.Trends> done -> {
        var table = done.value().table();
        params.put("trends", done.value());
        params.put(
            "chart",
            table.dimensions().size() == 1
                ? TrendChart.svg(
                    table,
                    "Reports by "
                        + org.confide.adapter.web.page.Words.dimension(
                                table.dimensions().getFirst())
                            .toLowerCase(java.util.Locale.ROOT))
                : null);
        params.put("csv", "/staff/trends.csv?" + queryString(query));
        params.put("errors", List.of());
        pages.render(ctx, 200, frame, "staff/trends.jte", params);
      }
      case Outcome.Invalid<ReadTrendsUseCase.Trends> invalid -> {
        params.put("trends", null);
        params.put("chart", null);
        params.put("csv", null);
        params.put(
            "errors",
            invalid.problems().stream().map(p -> new FormError(p.field(), p.message())).toList());
        pages.render(ctx, 400, frame, "staff/trends.jte", params);
      }
      default ->
          forbidden(ctx, frame, "Trends are for analysts, safeguarding leads and administrators.");
    }
  }

  /** {@code GET /staff/trends.csv}: the same table, suppressed alike, to download. */
  void trendsCsv(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var outcome = readTrends.read(signed.get().token(), TrendsApi.query(ctx, clock));
    if (outcome instanceof Outcome.Done<ReadTrendsUseCase.Trends> done) {
      TrendsApi.sendCsv(ctx, done.value());
      return;
    }
    forbidden(
        ctx,
        pages.staffFrame(ctx, Optional.of(signed.get().nav())),
        "Trends are for analysts, safeguarding leads and administrators.");
  }

  /** {@code GET /staff/alerts}. */
  void alerts(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = pages.staffFrame(ctx, Optional.of(signed.get().nav()));
    if (!(listAlerts.list(signed.get().token())
        instanceof Outcome.Done<List<ListAlertsUseCase.Alert>> done)) {
      forbidden(ctx, frame, "Pattern alerts are for analysts and safeguarding leads.");
      return;
    }
    var zone = pages.status().zone();
    var params = new LinkedHashMap<String, Object>();
    params.put("lead", signed.get().nav().leads());
    params.put(
        "alerts",
        done.value().stream()
            .map(a ->
                new org.confide.adapter.web.page.AlertLine(
                    a.id().toString(),
                    a.reports(),
                    a.kind()
                        .map(k -> k.name().equals("PERSON") ? "The same person" : "The same place")
                        .orElse(null),
                    a.firstReceivedAt().map(t -> Pages.day(t, zone)).orElse(null),
                    a.lastReceivedAt().map(t -> Pages.day(t, zone)).orElse(null)))
            .toList());
    pages.render(ctx, 200, frame, "staff/alerts.jte", params);
  }

  /** {@code GET /staff/alerts/{id}}: a lead opens the reports behind an alert (audited). */
  void alert(Context ctx) {
    var signed = staffPages.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = pages.staffFrame(ctx, Optional.of(signed.get().nav()));
    if (!(openAlert.open(signed.get().token(), PathIds.alert(ctx))
        instanceof Outcome.Done<OpenAlertUseCase.AlertFile> done)) {
      pages.message(
          ctx,
          404,
          frame,
          "Not found",
          "There is no such alert that you may open. Alerts end when their reports fall out of"
              + " the window or are erased.",
          "Back to the alerts",
          "/staff/alerts");
      return;
    }
    var zone = pages.status().zone();
    var params = new LinkedHashMap<String, Object>();
    params.put("kind", done.value().kind().name().equals("PERSON") ? "person" : "place");
    params.put(
        "reports",
        done.value().reports().stream()
            .map(r ->
                new org.confide.adapter.web.page.AlertReportLine(
                    r.reference().display(),
                    Pages.moment(r.receivedAt(), zone),
                    StaffPages.statusInWords(r.status()),
                    r.risk().name().toLowerCase(java.util.Locale.ROOT),
                    r.anonymous(),
                    r.answers().stream()
                        .map(a ->
                            new org.confide.adapter.web.page.AnswerLine(
                                a.questionText(), String.join(", ", a.answer())))
                        .toList(),
                    r.account().orElse(null)))
            .toList());
    pages.render(ctx, 200, frame, "staff/alert.jte", params);
  }

  private void forbidden(Context ctx, org.confide.adapter.web.page.Frame frame, String why) {
    pages.message(ctx, 403, frame, "Not part of your role", why, null, null);
  }

  private static String queryString(ReadTrendsUseCase.Query query) {
    return "from="
        + query.from()
        + "&to="
        + query.to()
        + query.by().stream().map(d -> "&by=" + d.parameter()).collect(Collectors.joining());
  }
}
