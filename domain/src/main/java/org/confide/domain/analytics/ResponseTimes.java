package org.confide.domain.analytics;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.calendar.WorkingCalendar;

/**
 * How long responses took, in working days: the median and the 90th percentile, each by the
 * nearest-rank method (the smallest time at least that share of responses took no longer than), so
 * that both are times some response really took.
 *
 * @param median half the responses took this many working days or fewer
 * @param ninetieth nine responses in ten took this many working days or fewer
 */
public record ResponseTimes(int median, int ninetieth) {

  /**
   * Times as given.
   *
   * @throws IllegalArgumentException if a time is negative or the median exceeds the 90th
   *     percentile
   */
  public ResponseTimes {
    if (median < 0 || ninetieth < median) {
      throw new IllegalArgumentException("times must be 0 <= median <= ninetieth");
    }
  }

  /**
   * The median and 90th percentile of {@code workingDays}.
   *
   * @param workingDays the working days each response took, in any order
   * @return the times, or empty when there is none to measure
   * @throws IllegalArgumentException if a time is negative
   */
  public static Optional<ResponseTimes> of(int[] workingDays) {
    Objects.requireNonNull(workingDays, "workingDays must not be null");
    if (workingDays.length == 0) {
      return Optional.empty();
    }
    var sorted = workingDays.clone();
    Arrays.sort(sorted);
    if (sorted[0] < 0) {
      throw new IllegalArgumentException("a response never takes a negative time");
    }
    return Optional.of(new ResponseTimes(rank(sorted, 50), rank(sorted, 90)));
  }

  // Nearest rank: the value at position ceil(p/100 * n), counted from 1.
  private static int rank(int[] sorted, int percent) {
    int position = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(position, 1) - 1];
  }

  /**
   * The working days a response to something that arrived at {@code arrived} took when given at
   * {@code answered}, counted as response targets are: the working days after the day of arrival up
   * to and including the day of the response. So a response the same day took 0, and one on the
   * last day of a target of 3 took 3: a response is within a target of N exactly when it took N or
   * fewer.
   *
   * @param calendar the organisation's working days, holidays and closures, in its time zone
   * @param arrived when the report or message arrived
   * @param answered when the response was given, not before {@code arrived}
   * @return the working days taken; never negative
   */
  public static int workingDaysTaken(WorkingCalendar calendar, Instant arrived, Instant answered) {
    Objects.requireNonNull(calendar, "calendar must not be null");
    var from = calendar.endOf(calendar.dayOf(arrived));
    var to = calendar.endOf(calendar.dayOf(answered));
    return calendar.workingDaysBetween(from, to);
  }
}
