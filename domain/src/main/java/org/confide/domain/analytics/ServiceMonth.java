package org.confide.domain.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.domain.calendar.ResponseTargets;

/**
 * One month of the service dashboard: how many reports arrived, how long the case team took to
 * first reply to them, and what share were answered within the response target.
 *
 * <p>These are figures about reporters' cases, so they are shown no more exactly than trends show
 * counts: the number of reports is suppressed by the trend tables' rule ({@link SuppressedCounts},
 * over the months of the range); the times only when at least the threshold of reports were
 * answered; the share only when the reports answered in time and those not, each, are none or at
 * least the threshold, so that no small number of late (or timely) answers can be worked out.
 *
 * @param month the month the reports arrived in, in the organisation's time zone
 * @param label the month in words, such as {@code March 2026}
 * @param reports how many reports arrived, as shown
 * @param firstReply the working days to the first staff reply, of the reports answered; empty when
 *     fewer than the threshold were
 * @param withinTarget the percentage (rounded down) of the reports whose target has run out, or
 *     that were answered, that were answered within it; empty when not shown
 */
public record ServiceMonth(
    YearMonth month,
    String label,
    Count reports,
    Optional<ResponseTimes> firstReply,
    OptionalInt withinTarget) {

  /**
   * A month as given.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the share is not a percentage
   */
  public ServiceMonth {
    Objects.requireNonNull(month, "month must not be null");
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(reports, "reports must not be null");
    Objects.requireNonNull(firstReply, "firstReply must be Optional, not null");
    Objects.requireNonNull(withinTarget, "withinTarget must be OptionalInt, not null");
    if (withinTarget.isPresent()
        && (withinTarget.getAsInt() < 0 || withinTarget.getAsInt() > 100)) {
      throw new IllegalArgumentException("withinTarget is a percentage");
    }
  }

  /**
   * The months {@code from} to {@code to} of {@code arrivals}, with their total.
   *
   * @param arrivals the reports received in those months and when each was first answered
   * @param from the first month
   * @param to the last month, not before {@code from}
   * @param targets the calendar (whose zone divides the months) and the response target
   * @param now the time the target's running out is judged at, for reports not answered
   * @param threshold the smallest count shown as a number
   * @return one month per month of the range, in order, and the reports in all, as shown
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Months of(
      List<Arrival> arrivals,
      YearMonth from,
      YearMonth to,
      ResponseTargets targets,
      Instant now,
      SuppressionThreshold threshold) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to must not be before from");
    }
    var tallies = new LinkedHashMap<YearMonth, Tallied>();
    for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      tallies.put(month, new Tallied());
    }
    var calendar = targets.calendar();
    // Every figure of an arrival depends on its day and its answer's day alone: counted once a day
    // (or a pair of days), not once a report, as a year holds tens of thousands of reports.
    var dueByDay = new HashMap<LocalDate, Instant>();
    var takenByDays = new HashMap<List<LocalDate>, Integer>();
    for (var arrival : arrivals) {
      var day = calendar.dayOf(arrival.at());
      var tallied = tallies.get(YearMonth.from(day));
      if (tallied == null) {
        continue;
      }
      tallied.reports++;
      var due = dueByDay.computeIfAbsent(day, d -> targets.responseDue(calendar.startOf(d)));
      if (arrival.answered().isPresent()) {
        var answered = arrival.answered().get();
        var answeredDay = calendar.dayOf(answered);
        tallied.days.add(
            takenByDays.computeIfAbsent(
                List.of(day, answeredDay),
                days ->
                    ResponseTimes.workingDaysTaken(
                        calendar, calendar.startOf(day), calendar.startOf(answeredDay))));
        if (answered.isBefore(due)) {
          tallied.met++;
        } else {
          tallied.missed++;
        }
      } else if (!now.isBefore(due)) {
        tallied.missed++;
      }
    }
    var categories = new ArrayList<TrendCategory>();
    var values = new LinkedHashMap<String, Long>();
    tallies.forEach((month, tallied) -> {
      categories.add(new TrendCategory(month.toString(), label(month)));
      values.put(month.toString(), tallied.reports);
    });
    var counts = SuppressedCounts.of(categories, values, threshold);
    var months = new ArrayList<ServiceMonth>();
    int i = 0;
    for (var entry : tallies.entrySet()) {
      var tallied = entry.getValue();
      var times =
          tallied.days.size() >= threshold.value()
              ? ResponseTimes.of(tallied.days.stream().mapToInt(Integer::intValue).toArray())
              : Optional.<ResponseTimes>empty();
      months.add(
          new ServiceMonth(
              entry.getKey(),
              label(entry.getKey()),
              counts.counts().get(i++),
              times,
              share(tallied.met, tallied.missed, threshold)));
    }
    return new Months(months, counts.total());
  }

  private static OptionalInt share(long met, long missed, SuppressionThreshold threshold) {
    long decided = met + missed;
    boolean safe =
        decided >= threshold.value()
            && (met == 0 || !threshold.suppresses(met))
            && (missed == 0 || !threshold.suppresses(missed));
    return safe ? OptionalInt.of((int) (met * 100 / decided)) : OptionalInt.empty();
  }

  private static String label(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
  }

  /**
   * The months of a range and the reports in all.
   *
   * @param months one per month of the range, in order
   * @param reports how many reports arrived in the whole range, as shown
   */
  public record Months(List<ServiceMonth> months, Count reports) {
    /**
     * Keeps an unmodifiable copy.
     *
     * @throws NullPointerException if a component is null
     */
    public Months {
      months = List.copyOf(months);
      Objects.requireNonNull(reports, "reports must not be null");
    }
  }

  private static final class Tallied {
    long reports;
    long met;
    long missed;
    final List<Integer> days = new ArrayList<>();
  }
}
