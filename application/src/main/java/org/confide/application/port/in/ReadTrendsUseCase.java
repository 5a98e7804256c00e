package org.confide.application.port.in;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.analytics.TrendTable;

/**
 * Analysts, safeguarding leads and administrators read counts of reports — purged and erased ones
 * included — by one dimension or two crossed, over a range of months, with small counts suppressed.
 * By {@link TrendDimension#OUTCOME} the counts are of the cases closed in the range, by how they
 * ended, alone or by month of closing: an outcome is decided at closing, apart from the facts of
 * the report. Every reading is audited, with its range and dimensions.
 */
public interface ReadTrendsUseCase {

  /** The longest range a table covers, in months. */
  int MAX_MONTHS = 120;

  /**
   * The table asked for, or why not ({@link Failure.Invalid} on {@code from}, {@code to}, {@code
   * by}; outcome crossed with any dimension but month is invalid on {@code by}).
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the months {@code from} to {@code to}, inclusive, by one dimension or two
   * @return the table, its small counts suppressed, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<Trends, StaffRequestFailure> read(SessionToken session, Command command);

  /**
   * The months {@code from} to {@code to}, inclusive, by one dimension or two.
   *
   * @param from the first month, in the organisation's time zone
   * @param to the last month, not before {@code from}; the range is at most {@link #MAX_MONTHS}
   *     months long
   * @param by one dimension, or two to cross
   */
  record Command(YearMonth from, YearMonth to, List<TrendDimension> by) {
    /**
     * Refuses a missing component; collections are copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(from, "from must not be null");
      Objects.requireNonNull(to, "to must not be null");
      by = List.copyOf(by);
    }
  }

  /**
   * A suppressed table and the range it covers.
   *
   * @param from the first month counted
   * @param to the last month counted
   * @param table the counts, each below the threshold shown as "fewer than N", never as a number
   */
  record Trends(YearMonth from, YearMonth to, TrendTable table) {}
}
