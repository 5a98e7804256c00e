package org.confide.application.port.out;

import java.time.YearMonth;
import java.util.List;
import org.confide.domain.analytics.ReportFacts;

/**
 * The anonymous facts of every report ever received, kept after reports are purged or erased so
 * that trends stay true. Facts carry no reference to their report.
 */
public interface TrendFacts {

  /** Records the facts of one report. */
  void record(ReportFacts facts);

  /** The facts of reports received in the months {@code from} to {@code to}, inclusive. */
  List<ReportFacts> between(YearMonth from, YearMonth to);
}
