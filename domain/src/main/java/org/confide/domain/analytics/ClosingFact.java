package org.confide.domain.analytics;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.outcome.ChoiceKey;

/**
 * One case's closing as trends count it by {@link TrendDimension#OUTCOME}: the month it was closed
 * and the outcome it was given. An outcome is known only when a case closes, long after the facts
 * of its report were taken at submission, so closings are counted on their own; like {@link
 * ReportFacts}, nothing here leads back to the case, so the counts outlive its erasure and purge.
 *
 * @param month the month the case was closed, in the organisation's time zone
 * @param outcome the outcome it was closed with, or empty when the list offered none
 */
public record ClosingFact(YearMonth month, Optional<ChoiceKey> outcome) {

  /**
   * A closing.
   *
   * @throws NullPointerException if a component is null
   */
  public ClosingFact {
    Objects.requireNonNull(month, "month must not be null");
    Objects.requireNonNull(outcome, "outcome must be Optional, not null");
  }

  /**
   * The closing of a case closed at {@code closedAt} with {@code outcome}.
   *
   * @param closedAt when it was closed
   * @param zone the organisation's time zone
   * @param outcome its outcome, if any
   * @return the closing, in the month of {@code closedAt} in {@code zone}
   */
  public static ClosingFact of(Instant closedAt, ZoneId zone, Optional<ChoiceKey> outcome) {
    return new ClosingFact(YearMonth.from(closedAt.atZone(zone)), outcome);
  }

  /**
   * The category key this closing counts under for {@code dimension}, as a {@link Tally} holds it.
   *
   * @param dimension {@link TrendDimension#OUTCOME} or {@link TrendDimension#MONTH}
   * @return the outcome's key ({@link Tally#NOT_ANSWERED} for none), or the month of closing
   * @throws IllegalArgumentException for any other dimension, which a closing does not have
   */
  public String key(TrendDimension dimension) {
    return switch (dimension) {
      case OUTCOME -> outcome.map(ChoiceKey::value).orElse(Tally.NOT_ANSWERED);
      case MONTH -> month.toString();
      case TYPE, WHERE, REPORTER_ROLE, ANONYMOUS ->
          throw new IllegalArgumentException(
              "a closing is counted by outcome and month only, not by " + dimension.parameter());
    };
  }
}
