package org.confide.adapter.web.rendering;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.adapter.web.i18n.Terms;
import org.confide.adapter.web.i18n.Texts;
import org.confide.application.port.in.ReadDashboardUseCase.Dashboard;
import org.confide.application.port.in.ReadDashboardUseCase.Load;
import org.confide.domain.analytics.ResponseTimes;

/**
 * The service dashboard as one CSV table (RFC 4180, CRLF line ends, cells made inert for
 * spreadsheets), one row per figure: each month's reports, first reply times and share within the
 * target; each team's and adviser's open and overdue cases; escalations by state and the time to a
 * lead's first decision. A withheld figure is its words ("fewer than 5", "not shown"), never a
 * number; a cell that does not apply to its row is empty. The headings, the labels and those words
 * are in the language asked for; the first two columns (section and key) name each row as the API
 * does, in every language.
 */
public final class DashboardCsv {

  private static final List<String> HEADINGS =
      List.of(
          "section",
          "key",
          "label",
          "reports",
          "median",
          "ninetieth",
          "withinTarget",
          "open",
          "overdue",
          "escalations");

  private DashboardCsv() {}

  /**
   * Answers {@code dashboard} as a CSV download named after its range.
   *
   * @param ctx the request
   * @param dashboard the figures read
   * @param texts the words of the language to write it in
   */
  public static void download(Context ctx, Dashboard dashboard, Texts texts) {
    var name = "dashboard-" + dashboard.from() + "-to-" + dashboard.to() + ".csv";
    Csv.download(ctx, name, texts, lines(dashboard, texts));
  }

  /** The dashboard as CSV text. */
  static String of(Dashboard dashboard, Texts texts) {
    return Csv.of(lines(dashboard, texts));
  }

  private static List<List<String>> lines(Dashboard dashboard, Texts texts) {
    var lines = new ArrayList<List<String>>();
    lines.add(HEADINGS.stream().map(heading -> texts.text("csv.dashboard." + heading)).toList());
    var row = new Row(texts);
    for (var month : dashboard.months()) {
      lines.add(
          row.of(
              "month",
              month.month().toString(),
              Terms.month(month.month(), texts),
              Terms.cell(month.reports(), texts),
              month.firstReply(),
              share(month.withinTarget(), texts),
              "",
              "",
              ""));
    }
    lines.add(
        row.of(
            "month",
            "total",
            texts.text("csv.dashboard.allMonths"),
            Terms.cell(dashboard.reports(), texts),
            null,
            "",
            "",
            "",
            ""));
    for (var team : dashboard.workload().teams()) {
      lines.add(load("team", team, row));
    }
    for (var adviser : dashboard.workload().advisers()) {
      lines.add(load("adviser", adviser, row));
    }
    lines.add(
        row.of(
            "workload",
            "total",
            texts.text("csv.dashboard.allOpen"),
            "",
            null,
            "",
            Integer.toString(dashboard.workload().open()),
            Integer.toString(dashboard.workload().overdue()),
            ""));
    for (var state : dashboard.escalations()) {
      lines.add(
          row.of(
              "escalation",
              state.state().name(),
              Terms.escalationState(state.state(), texts),
              "",
              null,
              "",
              "",
              "",
              Terms.cell(state.count(), texts)));
    }
    lines.add(
        row.of(
            "escalation",
            "total",
            texts.text("csv.dashboard.allEscalations"),
            "",
            dashboard.timeToDecision(),
            "",
            "",
            "",
            Terms.cell(dashboard.escalationsRaised(), texts)));
    return lines;
  }

  private static List<String> load(String section, Load load, Row row) {
    return row.of(
        section,
        load.key(),
        Terms.load(load, row.texts()),
        "",
        null,
        "",
        Integer.toString(load.open()),
        Integer.toString(load.overdue()),
        "");
  }

  /** The rows of the table, withheld times said in the words of {@code texts}. */
  private record Row(Texts texts) {

    // Times: null where they do not apply (empty cells), empty where withheld ("not shown").
    List<String> of(
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
        var notShown = texts.text("staff.count.notShown");
        median = times.map(t -> Integer.toString(t.median())).orElse(notShown);
        ninetieth = times.map(t -> Integer.toString(t.ninetieth())).orElse(notShown);
      }
      return List.of(
          section, key, label, reports, median, ninetieth, share, open, overdue, escalations);
    }
  }

  private static String share(OptionalInt share, Texts texts) {
    return share.isPresent()
        ? Integer.toString(share.getAsInt())
        : texts.text("staff.count.notShown");
  }
}
