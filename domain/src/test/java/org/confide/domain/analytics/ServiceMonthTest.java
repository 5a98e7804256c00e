package org.confide.domain.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.confide.domain.calendar.ResponseTargets;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceMonthTest {

  // A Monday morning in London (GMT in March before the clocks change).
  private static final Instant MONDAY = Instant.parse("2026-03-02T10:00:00Z");
  private static final Duration DAY = Duration.ofDays(1);
  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
  private static final ResponseTargets TARGETS =
      new ResponseTargets(CALENDAR, ServiceLevel.standard());
  private static final SuppressionThreshold FIVE = SuppressionThreshold.standard();
  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  @Nested
  class Times {

    @Test
    void the_median_and_ninetieth_percentile_are_times_a_response_really_took() {
      assertThat(ResponseTimes.of(new int[] {5, 1, 2, 3, 4, 0, 9, 2, 1, 1}))
          .contains(new ResponseTimes(2, 5));
      assertThat(ResponseTimes.of(new int[] {7})).contains(new ResponseTimes(7, 7));
      assertThat(ResponseTimes.of(new int[0])).isEmpty();
    }

    @Test
    void a_response_takes_the_working_days_after_the_day_of_arrival_up_to_its_own_day() {
      assertThat(ResponseTimes.workingDaysTaken(CALENDAR, MONDAY, MONDAY.plusSeconds(3600)))
          .isZero();
      assertThat(ResponseTimes.workingDaysTaken(CALENDAR, MONDAY, MONDAY.plus(DAY.multipliedBy(3))))
          .isEqualTo(3);
      // Friday to the Monday after: the weekend does not count.
      var friday = MONDAY.plus(DAY.multipliedBy(4));
      assertThat(ResponseTimes.workingDaysTaken(CALENDAR, friday, friday.plus(DAY.multipliedBy(3))))
          .isEqualTo(1);
    }
  }

  private static ServiceMonth.Months march(List<Arrival> arrivals, Instant now) {
    return ServiceMonth.of(arrivals, MARCH, MARCH, TARGETS, now, FIVE);
  }

  private static List<Arrival> answered(int count, Duration after) {
    var arrivals = new ArrayList<Arrival>();
    for (int i = 0; i < count; i++) {
      arrivals.add(new Arrival(MONDAY, Optional.of(MONDAY.plus(after))));
    }
    return arrivals;
  }

  @Test
  void a_share_is_shown_when_the_answers_in_time_and_late_are_each_none_or_many() {
    var arrivals = new ArrayList<Arrival>();
    arrivals.addAll(answered(6, Duration.ofHours(2)));
    arrivals.addAll(answered(5, DAY.multipliedBy(7)));

    var month = march(arrivals, MONDAY.plus(DAY.multipliedBy(20))).months().getFirst();

    assertThat(month.reports()).isEqualTo(new Count.Exact(11));
    assertThat(month.withinTarget()).isEqualTo(OptionalInt.of(54));
    assertThat(month.firstReply()).contains(new ResponseTimes(0, 5));
  }

  @Test
  void a_share_that_would_give_away_a_few_late_answers_is_not_shown() {
    var arrivals = new ArrayList<Arrival>();
    arrivals.addAll(answered(9, Duration.ofHours(2)));
    arrivals.add(new Arrival(MONDAY, Optional.empty()));

    var month = march(arrivals, MONDAY.plus(DAY.multipliedBy(20))).months().getFirst();

    assertThat(month.withinTarget()).isEmpty();
    assertThat(month.firstReply()).contains(new ResponseTimes(0, 0));
  }

  @Test
  void a_report_not_answered_and_not_yet_due_counts_neither_way() {
    var arrivals = new ArrayList<Arrival>(answered(5, Duration.ofHours(2)));
    arrivals.add(new Arrival(MONDAY, Optional.empty()));

    var month = march(arrivals, MONDAY.plus(DAY)).months().getFirst();

    assertThat(month.reports()).isEqualTo(new Count.Exact(6));
    assertThat(month.withinTarget()).isEqualTo(OptionalInt.of(100));
  }

  @Test
  void months_are_counted_as_trends_count_them_one_per_month_of_the_range() {
    var months =
        ServiceMonth.of(
            answered(7, Duration.ofHours(1)), MARCH.minusMonths(1), MARCH, TARGETS, MONDAY, FIVE);

    assertThat(months.months())
        .extracting(ServiceMonth::label)
        .containsExactly("February 2026", "March 2026");
    assertThat(months.months())
        .extracting(ServiceMonth::reports)
        .containsExactly(new Count.FewerThan(5), new Count.Exact(7));
    assertThat(months.reports()).isEqualTo(new Count.Exact(7));
  }

  @Test
  void suppressed_counts_follow_the_trend_tables_rule() {
    var categories =
        List.of(
            new TrendCategory("a", "A"), new TrendCategory("b", "B"), new TrendCategory("c", "C"));

    var counts = SuppressedCounts.of(categories, Map.of("a", 10L, "b", 2L), FIVE);

    // "c" (none) and "b" (2) are both fewer than 5, so neither can be worked out from the total.
    assertThat(counts.counts())
        .containsExactly(new Count.Exact(10), new Count.FewerThan(5), new Count.FewerThan(5));
    assertThat(counts.total()).isEqualTo(new Count.Exact(12));
  }
}
