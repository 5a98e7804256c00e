package org.confide.domain.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlertRuleTest {

  private static final Instant START = Instant.parse("2026-01-01T12:00:00Z");
  private static final AlertRule STANDARD = AlertRule.standard();

  private static Instant day(int n) {
    return START.plus(Duration.ofDays(n));
  }

  private static List<Instant> joined(AlertRule rule, Instant... times) {
    return rule.joined(List.of(times), Function.identity());
  }

  @Nested
  class Threshold {

    @Test
    void two_reports_are_no_alert_and_three_are() {
      assertThat(joined(STANDARD, day(0), day(10))).isEmpty();
      assertThat(joined(STANDARD, day(0), day(10), day(20)))
          .containsExactly(day(0), day(10), day(20));
    }

    @Test
    void a_higher_threshold_needs_more_reports() {
      var four = new AlertRule(4, AlertRule.DEFAULT_WINDOW);

      assertThat(joined(four, day(0), day(1), day(2))).isEmpty();
      assertThat(joined(four, day(0), day(1), day(2), day(3))).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 1, 101})
    void is_at_least_two(int threshold) {
      assertThatThrownBy(() -> new AlertRule(threshold, Duration.ofDays(90)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threshold");
    }
  }

  @Nested
  class Window {

    @Test
    void reports_spread_wider_than_the_window_are_no_alert() {
      assertThat(joined(STANDARD, day(0), day(50), day(91))).isEmpty();
    }

    @Test
    void the_window_includes_its_last_instant() {
      assertThat(joined(STANDARD, day(0), day(45), day(90))).hasSize(3);
      assertThat(joined(STANDARD, day(0), day(45), day(90).plusSeconds(1))).isEmpty();
    }

    @Test
    void an_alert_joins_every_report_in_any_window_that_reaches_the_threshold() {
      // Day 200 is alone; days 0..100 hold two overlapping windows of three.
      assertThat(joined(STANDARD, day(100), day(0), day(30), day(60), day(200)))
          .containsExactly(day(0), day(30), day(60), day(100));
    }

    @Test
    void a_shorter_window_is_stricter() {
      var week = new AlertRule(3, Duration.ofDays(7));

      assertThat(joined(week, day(0), day(3), day(8))).isEmpty();
      assertThat(joined(week, day(0), day(3), day(7))).hasSize(3);
    }

    @Test
    void is_from_a_day_to_ten_years() {
      assertThatThrownBy(() -> new AlertRule(3, Duration.ofHours(23)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("window");
    }
  }
}
