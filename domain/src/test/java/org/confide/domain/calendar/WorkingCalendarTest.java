package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final PublicHoliday SUMMER_BANK_HOLIDAY =
      new PublicHoliday(LocalDate.of(2026, 8, 31), "Summer bank holiday");

  private static final ClosurePeriod WINTER_CLOSURE =
      new ClosurePeriod(
          LocalDate.of(2026, 12, 20),
          LocalDate.of(2027, 1, 2),
          "Reports will not be monitored from 20 December to 2 January."
              + " If you are in danger call 999.");

  private static final ClosurePeriod AUGUST_CLOSURE =
      new ClosurePeriod(
          LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 2), "Closed for the August weekend.");

  private final WorkingCalendar standard = WorkingCalendar.standard();

  /** The instant of a London wall-clock time such as {@code 2026-03-02T09:00}. */
  static Instant london(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
  }

  private static Instant newYork(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  @Nested
  class Construction {

    @Test
    void standard_works_monday_to_friday_in_london_with_no_holidays_or_closures() {
      assertThat(standard.workingWeekdays())
          .containsExactly(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY);
      assertThat(standard.zone()).isEqualTo(LONDON);
      assertThat(standard.holidays()).isEmpty();
      assertThat(standard.closures()).isEmpty();
    }

    @Test
    void calendar_with_no_working_weekdays_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.withWorkingWeekdays(EnumSet.noneOf(DayOfWeek.class)))
          .withMessageContaining("workingWeekdays");
    }

    @Test
    void overlapping_closures_are_rejected_naming_both_periods() {
      var overlapping =
          new ClosurePeriod(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31), "Closed.");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.withClosures(List.of(WINTER_CLOSURE, overlapping)))
          .withMessageContaining("closures must not overlap")
          .withMessageContaining("2026-12-20 to 2027-01-02")
          .withMessageContaining("2026-12-24 to 2026-12-31");
    }

    @Test
    void closure_sharing_only_the_last_day_of_another_overlaps_it() {
      var sharingLastDay =
          new ClosurePeriod(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3), "Closed.");
      var withWinter = standard.withClosure(WINTER_CLOSURE);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> withWinter.withClosure(sharingLastDay))
          .withMessageContaining("closures must not overlap");
    }

    @Test
    void closure_contained_in_another_is_rejected_whatever_the_order_given() {
      var inside =
          new ClosurePeriod(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26), "Closed.");
      var later =
          new ClosurePeriod(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29), "Closed.");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.withClosures(List.of(later, inside, WINTER_CLOSURE)))
          .withMessageContaining("closures must not overlap");
    }

    @Test
    void adjacent_closures_are_accepted_and_kept_in_date_order() {
      var following =
          new ClosurePeriod(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 3), "Closed.");

      var calendar = standard.withClosures(List.of(following, WINTER_CLOSURE));

      assertThat(calendar.closures()).containsExactly(WINTER_CLOSURE, following);
    }

    @Test
    void two_holidays_on_the_same_date_are_rejected() {
      var duplicate = new PublicHoliday(SUMMER_BANK_HOLIDAY.date(), "Another name");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.withHolidays(List.of(SUMMER_BANK_HOLIDAY, duplicate)))
          .withMessageContaining("holidays must have distinct dates")
          .withMessageContaining("2026-08-31");
    }

    @Test
    void null_holiday_is_rejected_naming_the_field() {
      assertThatThrownBy(() -> standard.withHoliday(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("holidays");
    }

    @Test
    void with_methods_return_copies_and_leave_the_original_unchanged() {
      var changed =
          standard.withHoliday(SUMMER_BANK_HOLIDAY).withClosure(WINTER_CLOSURE).withZone(NEW_YORK);

      assertThat(standard).isEqualTo(WorkingCalendar.standard());
      assertThat(changed.holidays()).containsExactly(SUMMER_BANK_HOLIDAY);
      assertThat(changed.closures()).containsExactly(WINTER_CLOSURE);
      assertThat(changed.zone()).isEqualTo(NEW_YORK);
    }

    @Test
    void changing_the_set_passed_in_does_not_change_the_calendar() {
      var days = EnumSet.of(DayOfWeek.MONDAY);
      var calendar = standard.withWorkingWeekdays(days);

      days.add(DayOfWeek.SATURDAY);

      assertThat(calendar.workingWeekdays()).containsExactly(DayOfWeek.MONDAY);
      assertThatThrownBy(() -> calendar.workingWeekdays().add(DayOfWeek.SUNDAY))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class WorkingDays {

    private final WorkingCalendar calendar =
        standard.withHoliday(SUMMER_BANK_HOLIDAY).withClosure(WINTER_CLOSURE);

    @Test
    void ordinary_weekday_is_a_working_day() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 1))).isTrue();
    }

    @Test
    void weekend_is_not_a_working_day() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 29))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 30))).isFalse();
    }

    @Test
    void bank_holiday_monday_is_not_a_working_day() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
    }

    @Test
    void weekdays_inside_a_closure_are_not_working_days() {
      assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 21))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }
  }

  @Nested
  class ResponseDue {

    @Test
    void message_on_working_monday_with_target_two_is_due_end_of_wednesday() {
      var received = london("2026-03-02T09:00");

      assertThat(standard.responseDueDate(received, 2)).isEqualTo(LocalDate.of(2026, 3, 4));
      assertThat(standard.responseDue(received, 2)).isEqualTo(london("2026-03-05T00:00"));
    }

    @Test
    void arrival_day_never_counts_even_at_one_minute_past_midnight() {
      assertThat(standard.responseDue(london("2026-03-02T00:01"), 1))
          .isEqualTo(london("2026-03-04T00:00"));
    }

    @Test
    void message_on_friday_at2359_is_due_end_of_tuesday() {
      assertThat(standard.responseDue(london("2026-03-06T23:59"), 2))
          .isEqualTo(london("2026-03-11T00:00"));
    }

    @Test
    void message_on_saturday_at0001_is_due_end_of_tuesday_too() {
      assertThat(standard.responseDue(london("2026-03-07T00:01"), 2))
          .isEqualTo(london("2026-03-11T00:00"));
    }

    @Test
    void message_before_bank_holiday_monday_skips_it() {
      var calendar = standard.withHoliday(SUMMER_BANK_HOLIDAY);

      var due = calendar.responseDue(london("2026-08-28T15:00"), 3);

      assertThat(calendar.responseDueDate(london("2026-08-28T15:00"), 3))
          .isEqualTo(LocalDate.of(2026, 9, 3));
      assertThat(due).isEqualTo(Instant.parse("2026-09-03T23:00:00Z"));
    }

    @Test
    void message_on_bank_holiday_counts_from_the_next_working_day() {
      var calendar = standard.withHoliday(SUMMER_BANK_HOLIDAY);

      assertThat(calendar.responseDueDate(london("2026-08-31T10:00"), 1))
          .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void message_before_winter_closure_is_due_three_working_days_after_it() {
      var calendar = standard.withClosure(WINTER_CLOSURE);

      // Sat 19 Dec, then closed until Sat 2 Jan; Mon 4, Tue 5 and Wed 6 Jan count.
      assertThat(calendar.responseDueDate(london("2026-12-18T11:00"), 3))
          .isEqualTo(LocalDate.of(2027, 1, 6));
      assertThat(calendar.responseDue(london("2026-12-18T11:00"), 3))
          .isEqualTo(Instant.parse("2027-01-07T00:00:00Z"));
    }

    @Test
    void message_during_closure_counts_from_the_first_working_day_after_it() {
      var calendar = standard.withClosure(WINTER_CLOSURE);

      assertThat(calendar.responseDueDate(london("2027-01-01T03:00"), 1))
          .isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void message_at0030_london_is_on_the_london_day_not_the_utc_day() {
      // 00:30 BST on Monday 1 June is still Sunday 31 May in UTC.
      var received = london("2026-06-01T00:30");
      assertThat(received).isEqualTo(Instant.parse("2026-05-31T23:30:00Z"));

      assertThat(standard.responseDueDate(received, 2)).isEqualTo(LocalDate.of(2026, 6, 3));
      assertThat(standard.withZone(ZoneId.of("UTC")).responseDueDate(received, 2))
          .isEqualTo(LocalDate.of(2026, 6, 2));
    }

    @Test
    void target_below_one_working_day_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.responseDue(london("2026-03-02T09:00"), 0))
          .withMessageContaining("workingDays");
    }

    @Test
    void year_long_closure_is_waited_out() {
      var calendar =
          standard.withClosure(
              new ClosurePeriod(
                  LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "Closed for a year."));

      assertThat(calendar.responseDueDate(london("2026-12-31T12:00"), 2))
          .isEqualTo(LocalDate.of(2028, 1, 4));
    }

    @Test
    void calendar_closed_for_more_than_three_years_fails_instead_of_searching_forever() {
      var calendar =
          standard.withClosure(
              new ClosurePeriod(
                  LocalDate.of(2027, 1, 1), LocalDate.of(2031, 12, 31), "Closed indefinitely."));

      assertThatIllegalStateException()
          .isThrownBy(() -> calendar.responseDue(london("2026-12-31T12:00"), 1))
          .withMessageContaining("2026-12-31");
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void due_on_the_day_clocks_go_forward_is_local_midnight_in_summer_time() {
      // Clocks go forward on Sunday 29 March 2026; Monday 30 March ends at 00:00 BST.
      var due = standard.responseDue(london("2026-03-27T10:00"), 1);

      assertThat(due).isEqualTo(Instant.parse("2026-03-30T23:00:00Z"));
      assertThat(due.atZone(LONDON).toLocalDateTime())
          .isEqualTo(LocalDateTime.parse("2026-03-31T00:00"));
    }

    @Test
    void message_on_the_night_clocks_go_forward_is_due_local_midnight() {
      assertThat(standard.responseDue(Instant.parse("2026-03-29T01:30:00Z"), 1))
          .isEqualTo(Instant.parse("2026-03-30T23:00:00Z"));
    }

    @Test
    void due_after_clocks_go_back_is_local_midnight_in_greenwich_time() {
      // Clocks go back on Sunday 25 October 2026; Monday 26 October ends at 00:00 GMT.
      var due = standard.responseDue(london("2026-10-23T10:00"), 1);

      assertThat(due).isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
    }

    @Test
    void message_in_the_repeated_hour_when_clocks_go_back_is_on_sunday() {
      // 01:30 happens twice on 25 October; both are Sunday in London.
      var firstPass = Instant.parse("2026-10-25T00:30:00Z");
      var secondPass = Instant.parse("2026-10-25T01:30:00Z");

      assertThat(standard.responseDue(firstPass, 1))
          .isEqualTo(standard.responseDue(secondPass, 1))
          .isEqualTo(Instant.parse("2026-10-27T00:00:00Z"));
    }
  }

  @Nested
  class OtherZonesAndWorkingWeeks {

    private final WorkingCalendar sundayToThursdayInNewYork =
        standard
            .withZone(NEW_YORK)
            .withWorkingWeekdays(
                EnumSet.of(
                    DayOfWeek.SUNDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY));

    @Test
    void friday_and_saturday_are_not_working_days_but_sunday_is() {
      assertThat(sundayToThursdayInNewYork.isWorkingDay(LocalDate.of(2026, 3, 6))).isFalse();
      assertThat(sundayToThursdayInNewYork.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
      assertThat(sundayToThursdayInNewYork.isWorkingDay(LocalDate.of(2026, 3, 8))).isTrue();
    }

    @Test
    void thursday_evening_message_is_due_end_of_monday_new_york_time_across_their_clock_change() {
      // 22:00 Thursday in New York is already Friday in UTC and in London. US clocks go
      // forward on Sunday 8 March 2026, so Monday ends at 00:00 EDT.
      var received = newYork("2026-03-05T22:00");

      assertThat(sundayToThursdayInNewYork.responseDueDate(received, 2))
          .isEqualTo(LocalDate.of(2026, 3, 9));
      assertThat(sundayToThursdayInNewYork.responseDue(received, 2))
          .isEqualTo(Instant.parse("2026-03-10T04:00:00Z"));
    }
  }

  @Nested
  class Monitoring {

    private final WorkingCalendar calendar =
        standard
            .withHoliday(SUMMER_BANK_HOLIDAY)
            .withClosures(List.of(AUGUST_CLOSURE, WINTER_CLOSURE));

    @Test
    void monitored_until_the_last_moment_before_the_first_day() {
      assertThat(calendar.isMonitored(london("2026-12-19T23:59:59"))).isTrue();
      assertThat(calendar.noticeAt(london("2026-12-19T23:59:59"))).isEmpty();
    }

    @Test
    void not_monitored_from_midnight_of_the_first_day() {
      assertThat(calendar.isMonitored(london("2026-12-20T00:00"))).isFalse();
      assertThat(calendar.closureAt(london("2026-12-20T00:00"))).contains(WINTER_CLOSURE);
      assertThat(calendar.noticeAt(london("2026-12-20T00:00"))).contains(WINTER_CLOSURE.notice());
    }

    @Test
    void not_monitored_at2359_on_the_last_day() {
      assertThat(calendar.isMonitored(london("2027-01-02T23:59"))).isFalse();
    }

    @Test
    void monitored_again_from_midnight_after_the_last_day() {
      assertThat(calendar.isMonitored(london("2027-01-03T00:00"))).isTrue();
      assertThat(calendar.closureAt(london("2027-01-03T00:00"))).isEmpty();
    }

    @Test
    void closure_boundaries_are_local_midnights_in_summer_time() {
      // 1 August starts at 23:00 UTC on 31 July in London.
      assertThat(calendar.isMonitored(Instant.parse("2026-07-31T22:59:59Z"))).isTrue();
      assertThat(calendar.isMonitored(Instant.parse("2026-07-31T23:00:00Z"))).isFalse();
      assertThat(calendar.isMonitored(Instant.parse("2026-08-02T22:59:59Z"))).isFalse();
      assertThat(calendar.isMonitored(Instant.parse("2026-08-02T23:00:00Z"))).isTrue();
    }

    @Test
    void weekends_and_holidays_are_monitored() {
      assertThat(calendar.isMonitored(london("2026-08-29T12:00"))).isTrue();
      assertThat(calendar.isMonitored(london("2026-08-31T12:00"))).isTrue();
    }

    @Test
    void next_closure_is_the_earliest_starting_after_today() {
      assertThat(calendar.nextClosureAfter(london("2026-06-01T12:00"))).contains(AUGUST_CLOSURE);
      assertThat(calendar.nextClosureAfter(london("2026-08-01T12:00"))).contains(WINTER_CLOSURE);
      assertThat(calendar.nextClosureAfter(london("2026-12-19T23:59"))).contains(WINTER_CLOSURE);
    }

    @Test
    void no_next_closure_once_the_last_has_begun() {
      assertThat(calendar.nextClosureAfter(london("2026-12-20T00:00"))).isEmpty();
    }
  }

  @Nested
  class WorkingDaysBetween {

    private final WorkingCalendar calendar = standard.withHoliday(SUMMER_BANK_HOLIDAY);

    // Due at the end of Wednesday 26 August 2026.
    private final Instant due = london("2026-08-27T00:00");

    @Test
    void none_elapsed_during_the_first_day_after_the_due_instant() {
      assertThat(calendar.workingDaysBetween(due, london("2026-08-27T23:59"))).isZero();
    }

    @Test
    void one_elapsed_once_that_day_has_ended() {
      assertThat(calendar.workingDaysBetween(due, london("2026-08-28T00:00"))).isEqualTo(1);
    }

    @Test
    void weekend_and_bank_holiday_do_not_count() {
      // Thursday and Friday count; Saturday, Sunday and the bank holiday Monday do not.
      assertThat(calendar.workingDaysBetween(due, london("2026-09-01T00:00"))).isEqualTo(2);
      assertThat(calendar.workingDaysBetween(due, london("2026-09-02T00:00"))).isEqualTo(3);
    }

    @Test
    void day_already_started_at_from_does_not_count() {
      assertThat(
              calendar.workingDaysBetween(london("2026-08-27T00:01"), london("2026-08-29T00:00")))
          .isEqualTo(1);
    }

    @Test
    void zero_when_to_is_not_after_from() {
      assertThat(calendar.workingDaysBetween(due, due)).isZero();
      assertThat(calendar.workingDaysBetween(due, london("2026-08-20T00:00"))).isZero();
    }

    @Test
    void whole_days_are_counted_across_the_clock_change() {
      assertThat(
              standard.workingDaysBetween(
                  Instant.parse("2026-03-27T00:00:00Z"), Instant.parse("2026-03-30T23:00:00Z")))
          .isEqualTo(2);
    }
  }

  @Nested
  class WorkingDaysCountedArithmetically {

    @RepeatedTest(100)
    void the_count_is_the_same_as_counting_day_by_day(RepetitionInfo repetition) {
      var random = new Random(104_729L * repetition.getCurrentRepetition());
      var zone = random.nextBoolean() ? LONDON : NEW_YORK;
      var start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(400));
      var weekdays = EnumSet.noneOf(DayOfWeek.class);
      while (weekdays.isEmpty()) {
        for (var day : DayOfWeek.values()) {
          if (random.nextInt(3) > 0) {
            weekdays.add(day);
          }
        }
      }
      var holidays = new java.util.ArrayList<PublicHoliday>();
      for (var day = start;
          day.isBefore(start.plusYears(3));
          day = day.plusDays(1 + random.nextInt(60))) {
        holidays.add(new PublicHoliday(day, "A holiday"));
      }
      var closures = new java.util.ArrayList<ClosurePeriod>();
      for (var day = start.plusDays(random.nextInt(30));
          day.isBefore(start.plusYears(3));
          day = day.plusDays(40 + random.nextInt(200))) {
        closures.add(new ClosurePeriod(day, day.plusDays(random.nextInt(30)), "Closed"));
      }
      var calendar =
          standard
              .withZone(zone)
              .withWorkingWeekdays(weekdays)
              .withHolidays(holidays)
              .withClosures(closures);
      var origin = start.atStartOfDay(zone).toInstant();

      for (int i = 0; i < 50; i++) {
        var from = origin.plusSeconds(random.nextLong(3L * 365 * 86_400));
        var to = from.plusSeconds(random.nextLong(3L * 365 * 86_400)).minusSeconds(86_400 * 10);

        assertThat(calendar.workingDaysBetween(from, to))
            .as("from %s to %s", from, to)
            .isEqualTo(dayByDay(calendar, from, to));
      }
    }

    private static int dayByDay(WorkingCalendar calendar, Instant from, Instant to) {
      var first = calendar.dayOf(from);
      if (from.isAfter(first.atStartOfDay(calendar.zone()).toInstant())) {
        first = first.plusDays(1);
      }
      int count = 0;
      for (var day = first; day.isBefore(calendar.dayOf(to)); day = day.plusDays(1)) {
        if (calendar.isWorkingDay(day)) {
          count++;
        }
      }
      return count;
    }
  }
}
