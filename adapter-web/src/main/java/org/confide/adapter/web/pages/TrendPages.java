package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confide.adapter.web.PathIds;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.TrendQuery;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.AlertLine;
import org.confide.adapter.web.pages.view.AlertPage;
import org.confide.adapter.web.pages.view.AlertReportLine;
import org.confide.adapter.web.pages.view.AlertsPage;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.pages.view.TrendsPage;
import org.confide.adapter.web.rendering.TrendChart;
import org.confide.adapter.web.rendering.TrendCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListAlertsUseCase;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.OpenAlertUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTrendsUseCase;
import org.confide.application.port.in.ReadTrendsUseCase.Trends;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * Trends and pattern alerts as staff pages: counts with small ones suppressed, drawn as tables and
 * as server-side SVG charts (no script), with the same table as a CSV download; alerts as counts
 * for analysts, and the reports behind one for safeguarding leads.
 */
public final class TrendPages {

  private final Pages pages;
  private final StaffSession session;
  private final ReadTrendsUseCase readTrends;
  private final ListAlertsUseCase listAlerts;
  private final OpenAlertUseCase openAlert;
  private final Clock clock;

  public TrendPages(Confide confide, Pages pages, Clock clock) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.readTrends = confide.readTrends();
    this.listAlerts = confide.listAlerts();
    this.openAlert = confide.openAlert();
    this.clock = clock;
  }

  /** {@code GET /staff/trends?from&to&by&by}. */
  public void trends(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    var by = ctx.queryParams("by").stream().filter(b -> !b.isBlank()).toList();
    var by1 = by.isEmpty() ? "type" : by.get(0);
    var by2 = by.size() > 1 ? by.get(1) : "";
    var dimensions = List.of(TrendDimension.values());
    ReadTrendsUseCase.Command query;
    try {
      query = TrendQuery.of(ctx, clock);
    } catch (ProblemException e) {
      var errors =
          e.problem().errors().stream()
              .map(f -> new FormError(f.field(), ProblemWords.of(f, frame.texts())))
              .toList();
      pages.render(
          ctx,
          400,
          new TrendsPage(
              frame,
              Optional.ofNullable(ctx.queryParam("from")).orElse(""),
              Optional.ofNullable(ctx.queryParam("to")).orElse(""),
              by1,
              by2,
              dimensions,
              null,
              null,
              null,
              errors));
      return;
    }
    var from = query.from().toString();
    var to = query.to().toString();
    switch (readTrends.read(signed.get().token(), query)) {
      case Outcome.Done<Trends, StaffRequestFailure>(var trends) -> {
        var table = trends.table();
        var texts = frame.texts();
        var chart =
            table.dimensions().size() == 1
                ? TrendChart.svg(
                    table,
                    texts.text(
                        "trends.chart."
                            + table.dimensions().getFirst().name().toLowerCase(Locale.ROOT)),
                    description(table, texts),
                    category ->
                        Terms.shown(
                            category, table.dimensions().getFirst(), texts, frame.firstLanguage()),
                    count -> Terms.count(count, texts),
                    "trend-chart")
                : null;
        pages.render(
            ctx,
            200,
            new TrendsPage(
                frame,
                from,
                to,
                by1,
                by2,
                dimensions,
                trends,
                chart,
                frame.href("/staff/trends.csv?" + queryString(query)),
                List.of()));
      }
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Invalid invalid) ->
          pages.render(
              ctx,
              400,
              new TrendsPage(
                  frame,
                  from,
                  to,
                  by1,
                  by2,
                  dimensions,
                  null,
                  null,
                  null,
                  invalid.problems().stream()
                      .map(p -> FormError.of(p.field(), p, frame.texts()))
                      .toList()));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
    }
  }

  /** {@code GET /staff/trends.csv}: the same table, suppressed alike, to download. */
  public void trendsCsv(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (readTrends.read(signed.get().token(), TrendQuery.of(ctx, clock))) {
      case Outcome.Done<Trends, StaffRequestFailure>(var trends) ->
          TrendCsv.download(ctx, trends, frame.texts());
      // The download is linked from a table already shown, so a query it refuses was not made
      // on this page: it is answered as the refusal of the role.
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Invalid invalid) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
      case Outcome.Failed<Trends, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame, frame.t("trends.forbidden"));
    }
  }

  /** {@code GET /staff/alerts}. */
  public void alerts(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    List<ListAlertsUseCase.Alert> found;
    switch (listAlerts.list(signed.get().token())) {
      case Outcome.Done<List<ListAlertsUseCase.Alert>, StaffDenial>(var listed) -> found = listed;
      case Outcome.Failed<List<ListAlertsUseCase.Alert>, StaffDenial>(var denied) -> {
        var why = frame.t("alerts.forbidden");
        switch (denied) {
          case Failure.Forbidden forbidden -> forbidden(ctx, frame, why);
          case Failure.Unauthenticated gone -> forbidden(ctx, frame, why);
          case Failure.TwoFactorFirst first -> forbidden(ctx, frame, why);
        }
        return;
      }
    }
    var zone = pages.zone();
    var alerts =
        found.stream()
            .map(a ->
                new AlertLine(
                    a.id().toString(),
                    a.reports(),
                    a.kind()
                        .map(k -> frame.t("alerts.kind." + k.name().toLowerCase(Locale.ROOT)))
                        .orElse(null),
                    a.firstReceivedAt()
                        .map(t -> PageDates.day(t, zone, frame.texts()))
                        .orElse(null),
                    a.lastReceivedAt()
                        .map(t -> PageDates.day(t, zone, frame.texts()))
                        .orElse(null)))
            .toList();
    pages.render(ctx, 200, new AlertsPage(frame, signed.get().nav().leads(), alerts));
  }

  /** {@code GET /staff/alerts/{id}}: a lead opens the reports behind an alert (audited). */
  public void alert(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    OpenAlertUseCase.AlertFile file;
    switch (openAlert.open(
        signed.get().token(), new OpenAlertUseCase.Command(PathIds.alert(ctx)))) {
      case Outcome.Done<OpenAlertUseCase.AlertFile, LookUpFailure>(var opened) -> file = opened;
      case Outcome.Failed<OpenAlertUseCase.AlertFile, LookUpFailure>(var failure) -> {
        // Not there, or not this member's to open: one answer, which says nothing of which.
        switch (failure) {
          case Failure.NotFound notFound -> noSuchAlert(ctx, frame);
          case Failure.Forbidden forbidden -> noSuchAlert(ctx, frame);
          case Failure.Unauthenticated gone -> noSuchAlert(ctx, frame);
          case Failure.TwoFactorFirst first -> noSuchAlert(ctx, frame);
        }
        return;
      }
    }
    var zone = pages.zone();
    var reports =
        file.reports().stream()
            .map(r ->
                new AlertReportLine(
                    r.reference().display(),
                    PageDates.moment(r.receivedAt(), zone, frame.texts()),
                    StaffWords.status(r.status(), frame.texts()),
                    r.risk().name().toLowerCase(Locale.ROOT),
                    r.anonymous(),
                    pages.answerLines(r.answers(), frame),
                    r.account().orElse(null)))
            .toList();
    var kind = file.kind().name().equals("PERSON") ? "person" : "place";
    pages.render(ctx, 200, new AlertPage(frame, kind, reports));
  }

  private void noSuchAlert(Context ctx, Frame frame) {
    pages.message(
        ctx,
        404,
        frame,
        frame.t("staff.notFound.title"),
        frame.t("alerts.notFound"),
        frame.t("alerts.back"),
        frame.href("/staff/alerts"));
  }

  private void forbidden(Context ctx, Frame frame, String why) {
    pages.message(ctx, 403, frame, frame.t("staff.notPartOfRole"), why, null, null);
  }

  /**
   * Every row of a chart in words, for screen readers: the chart says nothing the text does not.
   */
  private static String description(TrendTable table, Texts texts) {
    var rows = new java.util.ArrayList<String>();
    for (int i = 0; i < table.rows().size(); i++) {
      rows.add(
          texts.text(
              "dashboard.describe.row",
              Terms.category(table.rows().get(i), table.dimensions().getFirst(), texts),
              Terms.count(table.rowTotals().get(i), texts)));
    }
    return texts.text(
        "trends.chart.description",
        Terms.dimension(table.dimensions().getFirst(), texts),
        String.join(texts.text("dashboard.describe.separator"), rows),
        Terms.count(table.total(), texts));
  }

  private static String queryString(ReadTrendsUseCase.Command query) {
    return "from="
        + query.from()
        + "&to="
        + query.to()
        + query.by().stream().map(d -> "&by=" + d.parameter()).collect(Collectors.joining());
  }
}
