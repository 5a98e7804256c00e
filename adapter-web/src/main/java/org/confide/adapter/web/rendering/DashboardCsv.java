package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.application.port.in.ReadDashboardUseCase.Dashboard;
import org.confide.application.port.in.ReadDashboardUseCase.Load;
import org.confide.domain.analytics.ResponseTimes;

/**
 * The service dashboard as one CSV table (RFC 4180, CRLF line ends, cells made inert for
 * spreadsheets), one row per figure: each month's reports, first reply times and share within the
 * target; each team's and adviser's open and overdue cases; escalations by state and the time to a
 * lead's first decision. A withheld figure is its words ("fewer than 5", "not shown"), never a
 * number; a cell that does not apply to its row is empty.
 */
public final class DashboardCsv {

  private static final List<String> HEADER =
      List.of(
          "section",
          "key",
          "label",
          "reports",
          "median_working_days",
          "p90_working_days",
          "within_target_percent",
          "open",
          "overdue",
          "escalations");

  private DashboardCsv() {}

  /** Answers {@code dashboard} as a CSV download named after its range. */
  public static void download(Context ctx, Dashboard dashboard) {
    var name = "dashboard-" + dashboard.from() + "-to-" + dashboard.to() + ".csv";
    ctx.status(200);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    ctx.contentType("text/csv; charset=utf-8");
    ctx.result(of(dashboard));
  }

  /** The dashboard as CSV text. */
  static String of(Dashboard dashboard) {
    var lines = new ArrayList<List<String>>();
    lines.add(HEADER);
    for (var month : dashboard.months()) {
      lines.add(
          row(
              "month",
              month.month().toString(),
              month.label(),
              month.reports().label(),
              month.firstReply(),
              share(month.withinTarget()),
              "",
              "",
              ""));
    }
    lines.add(
        row("month", "total", "All months", dashboard.reports().label(), null, "", "", "", ""));
    for (var team : dashboard.workload().teams()) {
      lines.add(load("team", team));
    }
    for (var adviser : dashboard.workload().advisers()) {
      lines.add(load("adviser", adviser));
    }
    lines.add(
        row(
            "workload",
            "total",
            "All open cases",
            "",
            null,
            "",
            Integer.toString(dashboard.workload().open()),
            Integer.toString(dashboard.workload().overdue()),
            ""));
    for (var state : dashboard.escalations()) {
      lines.add(
          row(
              "escalation",
              state.state().name(),
              DashboardChart.escalationState(state.state()),
              "",
              null,
              "",
              "",
              "",
              state.count().label()));
    }
    lines.add(
        row(
            "escalation",
            "total",
            "All escalations raised",
            "",
            dashboard.timeToDecision(),
            "",
            "",
            "",
            dashboard.escalationsRaised().label()));
    return Csv.of(lines);
  }

  private static List<String> load(String section, Load load) {
    return row(
        section,
        load.key(),
        load.name(),
        "",
        null,
        "",
        Integer.toString(load.open()),
        Integer.toString(load.overdue()),
        "");
  }

  // Times: null where they do not apply (empty cells), empty where withheld ("not shown").
  private static List<String> row(
      String section,
      String key,
      String label,
      String reports,
      Optional<ResponseTimes> times,
      String share,
      String open,
      String overdue,
      String escalations) {
    String median = "";
    String ninetieth = "";
    if (times != null) {
      median = times.map(t -> Integer.toString(t.median())).orElse("not shown");
      ninetieth = times.map(t -> Integer.toString(t.ninetieth())).orElse("not shown");
    }
    return List.of(
        section, key, label, reports, median, ninetieth, share, open, overdue, escalations);
  }

  private static String share(OptionalInt share) {
    return share.isPresent() ? Integer.toString(share.getAsInt()) : "not shown";
  }
}
