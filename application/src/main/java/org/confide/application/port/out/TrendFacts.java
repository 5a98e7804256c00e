package org.confide.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.confide.domain.analytics.ClosingFact;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;

/**
 * The anonymous facts of every report ever received, and how many cases were closed with each
 * outcome in each month, kept after reports are purged or erased so that trends stay true. Neither
 * carries a reference to its report.
 */
public interface TrendFacts {

  /**
   * Records the facts of one report, which outlive the report.
   *
   * @param facts its month, types, place, reporter role and anonymity
   */
  void record(ReportFacts facts);

  /**
   * Records the facts of several reports, as {@link #record} would one by one.
   *
   * @param facts the facts of each report
   */
  void recordAll(List<ReportFacts> facts);

  /**
   * Counts one case's closing, in the transaction that closes it.
   *
   * @param closing the month it was closed and its outcome
   */
  void recordClosing(ClosingFact closing);

  /**
   * Takes back one case's closing when it reopens, in the transaction that reopens it, so that it
   * counts again only when it closes again. A count never goes below zero.
   *
   * @param closing the month it had been closed and the outcome it had been given
   */
  void takeBackClosing(ClosingFact closing);

  /**
   * How many reports received in the months {@code from} to {@code to}, inclusive, share each
   * combination of categories of the dimensions {@code by}: one {@link Tally} per combination
   * counted (in no particular order), none for a combination with no report. Under {@link
   * TrendDimension#TYPE} a tally holds the set of types its reports named, sorted; so the tallies'
   * reports add up to the number of reports in the range, whatever {@code by} is. With no
   * dimension, one tally of every report in the range (none when there is none).
   *
   * <p>By {@link TrendDimension#OUTCOME}, alone or with {@link TrendDimension#MONTH}, the count is
   * of the cases closed in the months {@code from} to {@code to}, by their outcome ({@link
   * Tally#NOT_ANSWERED} for none) and month of closing, as closings were recorded and taken back.
   *
   * @param from the first month
   * @param to the last month, not before {@code from}
   * @param by the dimensions to count by; none for one tally of everything; {@link
   *     TrendDimension#OUTCOME} with no dimension but {@link TrendDimension#MONTH}
   * @return the tallies, exact and not yet suppressed
   */
  List<Tally> count(YearMonth from, YearMonth to, Set<TrendDimension> by);
}
