package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.confide.adapter.web.DashboardQuery;
import org.confide.adapter.web.ProblemException;
import org.confide.adapter.web.i18n.ProblemWords;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.adapter.web.pages.view.DashboardPage;
import org.confide.adapter.web.pages.view.DashboardPage.Figures;
import org.confide.adapter.web.pages.view.DashboardPage.LoadLine;
import org.confide.adapter.web.pages.view.DashboardPage.MonthLine;
import org.confide.adapter.web.pages.view.DashboardPage.StateLine;
import org.confide.adapter.web.pages.view.FormError;
import org.confide.adapter.web.pages.view.Frame;
import org.confide.adapter.web.rendering.DashboardChart;
import org.confide.adapter.web.rendering.DashboardCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.application.port.in.ReadDashboardUseCase.Dashboard;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.Count;
import org.confide.domain.analytics.ResponseTimes;

/**
 * The service dashboard as a staff page for safeguarding leads and administrators: response times
 * by month, open and overdue cases per team and adviser, escalations; each drawn as a server-side
 * SVG chart (no script) beside a table of the same figures, with the same figures as a CSV
 * download.
 */
public final class DashboardPages {

  private final Pages pages;
  private final StaffSession session;
  private final ReadDashboardUseCase readDashboard;
  private final Clock clock;

  public DashboardPages(Confide confide, Pages pages, Clock clock) {
    this.pages = pages;
    this.session = new StaffSession(confide, pages);
    this.readDashboard = confide.readDashboard();
    this.clock = clock;
  }

  /** {@code GET /staff/dashboard?from&to}. */
  public void dashboard(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    var typedFrom = Optional.ofNullable(ctx.queryParam("from")).orElse("");
    var typedTo = Optional.ofNullable(ctx.queryParam("to")).orElse("");
    ReadDashboardUseCase.Command query;
    try {
      query = DashboardQuery.of(ctx, clock);
    } catch (ProblemException e) {
      var errors =
          e.problem().errors().stream()
              .map(f -> new FormError(f.field(), ProblemWords.of(f, frame.texts())))
              .toList();
      pages.render(ctx, 400, new DashboardPage(frame, typedFrom, typedTo, errors, null));
      return;
    }
    var from = query.from().toString();
    var to = query.to().toString();
    switch (readDashboard.read(signed.get().token(), query)) {
      case Outcome.Done<Dashboard, StaffRequestFailure>(var dashboard) ->
          pages.render(
              ctx,
              200,
              new DashboardPage(
                  frame, from, to, List.of(), figures(dashboard, query, frame.texts())));
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Invalid invalid) ->
          pages.render(
              ctx,
              400,
              new DashboardPage(
                  frame,
                  from,
                  to,
                  invalid.problems().stream()
                      .map(p -> FormError.of(p.field(), p, frame.texts()))
                      .toList(),
                  null));
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame);
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame);
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame);
    }
  }

  /** {@code GET /staff/dashboard.csv}: the same figures, withheld alike, to download. */
  public void dashboardCsv(Context ctx) {
    var signed = session.signedIn(ctx);
    if (signed.isEmpty()) {
      return;
    }
    var frame = session.frame(ctx, signed.get());
    switch (readDashboard.read(signed.get().token(), DashboardQuery.of(ctx, clock))) {
      case Outcome.Done<Dashboard, StaffRequestFailure>(var dashboard) ->
          DashboardCsv.download(ctx, dashboard, frame.texts());
      // The download is linked from figures already shown, so a range it refuses was not chosen
      // on the page: it is answered as the refusal of the role, as the trends download is.
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Invalid invalid) ->
          forbidden(ctx, frame);
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Forbidden forbidden) ->
          forbidden(ctx, frame);
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Unauthenticated gone) ->
          forbidden(ctx, frame);
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.TwoFactorFirst first) ->
          forbidden(ctx, frame);
    }
  }

  private void forbidden(Context ctx, Frame frame) {
    pages.message(
        ctx,
        403,
        frame,
        frame.t("staff.notPartOfRole"),
        frame.t("dashboard.forbidden"),
        null,
        null);
  }

  private Figures figures(Dashboard dashboard, ReadDashboardUseCase.Command query, Texts texts) {
    var notShown = texts.text("staff.count.notShown");
    var monthFormat =
        DateTimeFormatter.ofPattern(texts.text("format.month"), texts.language().locale());
    var months = new ArrayList<MonthLine>();
    var reportRows = new ArrayList<DashboardChart.Row>();
    var timeRows = new ArrayList<DashboardChart.Row>();
    var shareRows = new ArrayList<DashboardChart.Row>();
    for (var month : dashboard.months()) {
      var times = month.firstReply();
      var share = share(month.withinTarget(), texts);
      var label = monthFormat.format(month.month());
      var reports = Terms.count(month.reports(), texts);
      months.add(
          new MonthLine(
              label,
              reports,
              times.map(t -> days(t.median(), texts)).orElse(notShown),
              times.map(t -> days(t.ninetieth(), texts)).orElse(notShown),
              share));
      reportRows.add(new DashboardChart.Row(label, List.of(value(month.reports())), reports));
      timeRows.add(
          new DashboardChart.Row(
              label,
              List.of(
                  times.map(t -> OptionalLong.of(t.median())).orElse(OptionalLong.empty()),
                  times.map(t -> OptionalLong.of(t.ninetieth())).orElse(OptionalLong.empty())),
              times.map(t -> timesInWords(t, texts)).orElse(notShown)));
      shareRows.add(
          new DashboardChart.Row(
              label,
              List.of(
                  month.withinTarget().isPresent()
                      ? OptionalLong.of(month.withinTarget().getAsInt())
                      : OptionalLong.empty()),
              share));
    }
    var range = texts.text("dashboard.range", months.getFirst().label(), months.getLast().label());
    var charts =
        List.of(
            DashboardChart.svg(
                "reports-chart",
                texts.text("dashboard.chart.reports", range),
                describe(reportRows, texts),
                List.of(texts.text("dashboard.series.reports")),
                reportRows,
                0),
            DashboardChart.svg(
                "reply-chart",
                texts.text("dashboard.chart.reply", range),
                describe(timeRows, texts),
                List.of(
                    texts.text("dashboard.series.median"),
                    texts.text("dashboard.series.ninetieth")),
                timeRows,
                dashboard.responseTargetWorkingDays()),
            DashboardChart.svg(
                "target-chart",
                texts.text("dashboard.chart.target", dashboard.responseTargetWorkingDays(), range),
                describe(shareRows, texts),
                List.of(texts.text("dashboard.series.withinTarget")),
                shareRows,
                100));
    var workload = dashboard.workload();
    var teams =
        workload.teams().stream()
            .map(l -> new LoadLine(Terms.load(l, texts), l.open(), l.overdue()));
    var teamRows =
        workload.teams().stream()
            .map(l ->
                new DashboardChart.Row(
                    Terms.load(l, texts),
                    List.of(OptionalLong.of(l.open()), OptionalLong.of(l.overdue())),
                    texts.text("dashboard.openAndOverdue", l.open(), l.overdue())))
            .toList();
    var stateRows =
        dashboard.escalations().stream()
            .map(s ->
                new DashboardChart.Row(
                    Terms.escalationState(s.state(), texts),
                    List.of(value(s.count())),
                    Terms.count(s.count(), texts)))
            .toList();
    return new Figures(
        range,
        PageDates.moment(dashboard.at(), pages.zone(), texts),
        dashboard.responseTargetWorkingDays(),
        dashboard.threshold(),
        months,
        Terms.count(dashboard.reports(), texts),
        charts,
        workload.open(),
        workload.overdue(),
        teams.toList(),
        workload.advisers().stream()
            .map(l -> new LoadLine(Terms.load(l, texts), l.open(), l.overdue()))
            .toList(),
        teamRows.isEmpty()
            ? null
            : DashboardChart.svg(
                "workload-chart",
                texts.text("dashboard.chart.workload"),
                describe(teamRows, texts),
                List.of(
                    texts.text("dashboard.series.open"), texts.text("dashboard.series.overdue")),
                teamRows,
                0),
        dashboard.escalations().stream()
            .map(s ->
                new StateLine(
                    Terms.escalationState(s.state(), texts), Terms.count(s.count(), texts)))
            .toList(),
        Terms.count(dashboard.escalationsRaised(), texts),
        dashboard.timeToDecision().map(t -> timesInWords(t, texts)).orElse(notShown),
        DashboardChart.svg(
            "escalations-chart",
            texts.text("dashboard.chart.escalations", range),
            describe(stateRows, texts),
            List.of(texts.text("dashboard.series.escalations")),
            stateRows,
            0),
        "/staff/dashboard.csv?" + DashboardQuery.queryString(query));
  }

  private static OptionalLong value(Count count) {
    return count instanceof Count.Exact exact
        ? OptionalLong.of(exact.value())
        : OptionalLong.empty();
  }

  private static String share(OptionalInt share, Texts texts) {
    return share.isPresent()
        ? texts.text("dashboard.percent", share.getAsInt())
        : texts.text("staff.count.notShown");
  }

  private static String days(int days, Texts texts) {
    return texts.text("dashboard.workingDays", days);
  }

  private static String timesInWords(ResponseTimes times, Texts texts) {
    return texts.text(
        "dashboard.times", days(times.median(), texts), days(times.ninetieth(), texts));
  }

  private static String describe(List<DashboardChart.Row> rows, Texts texts) {
    var lines =
        rows.stream().map(row -> texts.text("dashboard.describe.row", row.label(), row.words()));
    return texts.text(
        "dashboard.describe",
        lines.collect(Collectors.joining(texts.text("dashboard.describe.separator"))));
  }
}
