package org.confide.application.port.out;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;

/**
 * The anonymous facts of every report ever received, kept after reports are purged or erased so
 * that trends stay true. Facts carry no reference to their report.
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
   * How many reports received in the months {@code from} to {@code to}, inclusive, share each
   * combination of categories of the dimensions {@code by}: one {@link Tally} per combination
   * counted (in no particular order), none for a combination with no report. Under {@link
   * TrendDimension#TYPE} a tally holds the set of types its reports named, sorted; so the tallies'
   * reports add up to the number of reports in the range, whatever {@code by} is. With no
   * dimension, one tally of every report in the range (none when there is none).
   *
   * @param from the first month
   * @param to the last month, not before {@code from}
   * @param by the dimensions to count by; none for one tally of everything
   * @return the tallies, exact and not yet suppressed
   */
  List<Tally> count(YearMonth from, YearMonth to, Set<TrendDimension> by);
}
