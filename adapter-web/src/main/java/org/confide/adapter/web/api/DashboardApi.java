package org.confide.adapter.web.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.adapter.web.DashboardQuery;
import org.confide.adapter.web.Responses;
import org.confide.adapter.web.rendering.DashboardCsv;
import org.confide.application.Confide;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadDashboardUseCase;
import org.confide.application.port.in.ReadDashboardUseCase.Dashboard;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.domain.analytics.ResponseTimes;
import org.confide.domain.analytics.ServiceMonth;

/** The service dashboard for safeguarding leads and administrators, as JSON or CSV. */
public final class DashboardApi {

  private final ReadDashboardUseCase readDashboard;
  private final Responses responses;
  private final Clock clock;

  public DashboardApi(Confide confide, Responses responses, Clock clock) {
    this.readDashboard = confide.readDashboard();
    this.responses = responses;
    this.clock = clock;
  }

  /** {@code GET /api/v1/staff/dashboard?from=YYYY-MM&to=YYYY-MM}. */
  public void dashboard(Context ctx) {
    var token = Bearer.token(ctx);
    responses.send(
        ctx, readDashboard.read(token, DashboardQuery.of(ctx, clock)), 200, DashboardResponse::of);
  }

  /** {@code GET /api/v1/staff/dashboard.csv}: the same figures, withheld alike, as CSV. */
  public void dashboardCsv(Context ctx) {
    var token = Bearer.token(ctx);
    switch (readDashboard.read(token, DashboardQuery.of(ctx, clock))) {
      case Outcome.Done<Dashboard, StaffRequestFailure>(var dashboard) ->
          DashboardCsv.download(ctx, dashboard, responses.language(ctx));
      case Outcome.Failed<Dashboard, StaffRequestFailure>(var failure) ->
          responses.fail(ctx, failure);
    }
  }

  /** Working days to a response; absent (null) when withheld or when there was none. */
  record TimesResponse(int medianWorkingDays, int ninetiethPercentileWorkingDays) {
    static TimesResponse of(Optional<ResponseTimes> times) {
      return times.map(t -> new TimesResponse(t.median(), t.ninetieth())).orElse(null);
    }
  }

  /** One month of reports and first replies. */
  record MonthResponse(
      String month,
      String label,
      TrendsApi.CountResponse reports,
      TimesResponse firstReply,
      Integer withinTargetPercent) {
    static MonthResponse of(ServiceMonth month) {
      return new MonthResponse(
          month.month().toString(),
          month.label(),
          TrendsApi.CountResponse.of(month.reports()),
          TimesResponse.of(month.firstReply()),
          percent(month.withinTarget()));
    }

    private static Integer percent(OptionalInt share) {
      return share.isPresent() ? share.getAsInt() : null;
    }
  }

  /** The open cases of one team or adviser, exact. */
  record LoadResponse(String key, String name, int open, int overdue) {
    static LoadResponse of(ReadDashboardUseCase.Load load) {
      return new LoadResponse(load.key(), load.name(), load.open(), load.overdue());
    }
  }

  /** Open and overdue cases now. */
  record WorkloadResponse(
      int open, int overdue, List<LoadResponse> teams, List<LoadResponse> advisers) {}

  /** The escalations raised in one state. */
  record StateResponse(String state, TrendsApi.CountResponse count) {}

  /** Escalations raised in the range. */
  record EscalationsResponse(
      TrendsApi.CountResponse raised, List<StateResponse> byState, TimesResponse timeToDecision) {}

  /** The dashboard. */
  record DashboardResponse(
      String from,
      String to,
      Instant at,
      int threshold,
      int responseTargetWorkingDays,
      TrendsApi.CountResponse reports,
      List<MonthResponse> months,
      WorkloadResponse workload,
      EscalationsResponse escalations) {
    static DashboardResponse of(Dashboard dashboard) {
      var workload = dashboard.workload();
      return new DashboardResponse(
          dashboard.from().toString(),
          dashboard.to().toString(),
          dashboard.at(),
          dashboard.threshold(),
          dashboard.responseTargetWorkingDays(),
          TrendsApi.CountResponse.of(dashboard.reports()),
          dashboard.months().stream().map(MonthResponse::of).toList(),
          new WorkloadResponse(
              workload.open(),
              workload.overdue(),
              workload.teams().stream().map(LoadResponse::of).toList(),
              workload.advisers().stream().map(LoadResponse::of).toList()),
          new EscalationsResponse(
              TrendsApi.CountResponse.of(dashboard.escalationsRaised()),
              dashboard.escalations().stream()
                  .map(s ->
                      new StateResponse(s.state().name(), TrendsApi.CountResponse.of(s.count())))
                  .toList(),
              TimesResponse.of(dashboard.timeToDecision())));
    }
  }
}
