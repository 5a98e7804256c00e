package org.confide.adapter.web.pages;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.confide.adapter.web.DashboardQuery;
import org.confide.adapter.web.ProblemException;
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

  private static final String NOT_YOURS =
      "The service dashboard is for safeguarding leads and administrators.";
  private static final String NOT_SHOWN = "not shown";

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
          e.problem().errors().stream().map(f -> new FormError(f.field(), f.message())).toList();
      pages.render(ctx, 400, new DashboardPage(frame, typedFrom, typedTo, errors, null));
      return;
    }
    var from = query.from().toString();
    var to = query.to().toString();
    switch (readDashboard.read(signed.get().token(), query)) {
      case Outcome.Done<Dashboard, StaffRequestFailure>(var dashboard) ->
          pages.render(
              ctx, 200, new DashboardPage(frame, from, to, List.of(), figures(dashboard, query)));
      case Outcome.Failed<Dashboard, StaffRequestFailure>(Failure.Invalid invalid) ->
          pages.render(
              ctx, 400, new DashboardPage(frame, from, to, FormError.of(invalid.problems()), null));
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
          DashboardCsv.download(ctx, dashboard);
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
    pages.message(ctx, 403, frame, "Not part of your role", NOT_YOURS, null, null);
  }

  private Figures figures(Dashboard dashboard, ReadDashboardUseCase.Command query) {
    var months = new ArrayList<MonthLine>();
    var reportRows = new ArrayList<DashboardChart.Row>();
    var timeRows = new ArrayList<DashboardChart.Row>();
    var shareRows = new ArrayList<DashboardChart.Row>();
    for (var month : dashboard.months()) {
      var times = month.firstReply();
      var share = share(month.withinTarget());
      months.add(
          new MonthLine(
              month.label(),
              month.reports().label(),
              times.map(t -> days(t.median())).orElse(NOT_SHOWN),
              times.map(t -> days(t.ninetieth())).orElse(NOT_SHOWN),
              share));
      reportRows.add(
          new DashboardChart.Row(
              month.label(), List.of(value(month.reports())), month.reports().label()));
      timeRows.add(
          new DashboardChart.Row(
              month.label(),
              List.of(
                  times.map(t -> OptionalLong.of(t.median())).orElse(OptionalLong.empty()),
                  times.map(t -> OptionalLong.of(t.ninetieth())).orElse(OptionalLong.empty())),
              times.map(DashboardPages::timesInWords).orElse(NOT_SHOWN)));
      shareRows.add(
          new DashboardChart.Row(
              month.label(),
              List.of(
                  month.withinTarget().isPresent()
                      ? OptionalLong.of(month.withinTarget().getAsInt())
                      : OptionalLong.empty()),
              share));
    }
    var range = months.getFirst().label() + " to " + months.getLast().label();
    var charts =
        List.of(
            DashboardChart.svg(
                "reports-chart",
                "Reports received by month, " + range,
                describe(reportRows),
                List.of("Reports"),
                reportRows,
                0),
            DashboardChart.svg(
                "reply-chart",
                "Working days to the first staff reply by month, " + range,
                describe(timeRows),
                List.of("Median", "90th percentile"),
                timeRows,
                dashboard.responseTargetWorkingDays()),
            DashboardChart.svg(
                "target-chart",
                "Share of reports answered within "
                    + days(dashboard.responseTargetWorkingDays())
                    + " by month, "
                    + range,
                describe(shareRows),
                List.of("Answered within the target"),
                shareRows,
                100));
    var workload = dashboard.workload();
    var teams = workload.teams().stream().map(l -> new LoadLine(l.name(), l.open(), l.overdue()));
    var teamRows =
        workload.teams().stream()
            .map(l ->
                new DashboardChart.Row(
                    l.name(),
                    List.of(OptionalLong.of(l.open()), OptionalLong.of(l.overdue())),
                    l.open() + " open, " + l.overdue() + " overdue"))
            .toList();
    var stateRows =
        dashboard.escalations().stream()
            .map(s ->
                new DashboardChart.Row(
                    DashboardChart.escalationState(s.state()),
                    List.of(value(s.count())),
                    s.count().label()))
            .toList();
    return new Figures(
        range,
        PageDates.moment(dashboard.at(), pages.zone()),
        dashboard.responseTargetWorkingDays(),
        dashboard.threshold(),
        months,
        dashboard.reports().label(),
        charts,
        workload.open(),
        workload.overdue(),
        teams.toList(),
        workload.advisers().stream()
            .map(l -> new LoadLine(l.name(), l.open(), l.overdue()))
            .toList(),
        teamRows.isEmpty()
            ? null
            : DashboardChart.svg(
                "workload-chart",
                "Open and overdue cases per team now",
                describe(teamRows),
                List.of("Open", "Overdue"),
                teamRows,
                0),
        dashboard.escalations().stream()
            .map(s -> new StateLine(DashboardChart.escalationState(s.state()), s.count().label()))
            .toList(),
        dashboard.escalationsRaised().label(),
        dashboard.timeToDecision().map(DashboardPages::timesInWords).orElse(NOT_SHOWN),
        DashboardChart.svg(
            "escalations-chart",
            "Escalations raised from " + range + ", by where they stand now",
            describe(stateRows),
            List.of("Escalations"),
            stateRows,
            0),
        "/staff/dashboard.csv?" + DashboardQuery.queryString(query));
  }

  private static OptionalLong value(Count count) {
    return count instanceof Count.Exact exact
        ? OptionalLong.of(exact.value())
        : OptionalLong.empty();
  }

  private static String share(OptionalInt share) {
    return share.isPresent() ? share.getAsInt() + "%" : NOT_SHOWN;
  }

  private static String days(int days) {
    return days == 1 ? "1 working day" : days + " working days";
  }

  private static String timesInWords(ResponseTimes times) {
    return "median " + days(times.median()) + ", 90th percentile " + days(times.ninetieth());
  }

  private static String describe(List<DashboardChart.Row> rows) {
    var text = new StringBuilder();
    for (var row : rows) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(row.label()).append(": ").append(row.words());
    }
    return text.append('.').toString();
  }
}
