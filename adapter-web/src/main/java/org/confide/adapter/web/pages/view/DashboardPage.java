package org.confide.adapter.web.pages.view;

import java.util.List;

/**
 * The page {@code staff/dashboard.jte}: the range asked for, its problems, and the figures when
 * they were read, each already in words.
 *
 * @param frame the staff frame
 * @param from the first month as typed or chosen (YYYY-MM)
 * @param to the last month
 * @param errors what is wrong with the range; empty when the figures were read
 * @param figures the figures, or null when the range was refused
 */
public record DashboardPage(
    Frame frame, String from, String to, List<FormError> errors, Figures figures) implements Page {

  @Override
  public String template() {
    return "staff/dashboard.jte";
  }

  /**
   * The dashboard's figures in words, with its charts.
   *
   * @param range the months, such as {@code January 2026 to December 2026}
   * @param at when open cases were counted, in words
   * @param target the response target in working days
   * @param threshold the suppression threshold
   * @param months one line per month
   * @param reports the reports in the range, in words
   * @param responseCharts the charts of reports, first reply times and shares
   * @param open the open cases now
   * @param overdue the overdue cases now
   * @param teams one line per team
   * @param advisers one line per adviser, and the queue
   * @param workloadChart the chart of open cases per team
   * @param escalations one line per state
   * @param escalationsRaised the escalations raised in the range, in words
   * @param decision the time to a lead's first decision, in words
   * @param escalationsChart the chart of escalations by state
   * @param csv the address of the same figures as CSV
   */
  public record Figures(
      String range,
      String at,
      int target,
      int threshold,
      List<MonthLine> months,
      String reports,
      List<String> responseCharts,
      int open,
      int overdue,
      List<LoadLine> teams,
      List<LoadLine> advisers,
      String workloadChart,
      List<StateLine> escalations,
      String escalationsRaised,
      String decision,
      String escalationsChart,
      String csv) {}

  /**
   * One month.
   *
   * @param label the month, such as {@code March 2026}
   * @param reports the reports received, in words
   * @param median the median working days to a first reply, or "not shown"
   * @param ninetieth the 90th percentile, or "not shown"
   * @param withinTarget the share answered within the target, such as {@code 85%}, or "not shown"
   */
  public record MonthLine(
      String label, String reports, String median, String ninetieth, String withinTarget) {}

  /**
   * The open cases of one team or adviser.
   *
   * @param name the team's or adviser's name
   * @param open how many are open
   * @param overdue how many of them are overdue
   */
  public record LoadLine(String name, int open, int overdue) {}

  /**
   * The escalations in one state.
   *
   * @param label the state in words
   * @param count how many, in words
   */
  public record StateLine(String label, String count) {}
}
