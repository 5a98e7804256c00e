package org.confide.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.domain.calendar.WorkingCalendarTest.london;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ResponseTargetsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final PublicHoliday SUMMER_BANK_HOLIDAY =
      new PublicHoliday(LocalDate.of(2026, 8, 31), "Summer bank holiday");

  private final WorkingCalendar standard = WorkingCalendar.standard();

  @Nested
  class Targets {

    @Test
    void the_service_level_supplies_the_response_and_acknowledgement_targets() {
      var received = london("2026-03-02T09:00");
      var level = ServiceLevel.standard();

      assertThat(new ResponseTargets(standard, level).responseDue(received))
          .isEqualTo(london("2026-03-06T00:00"));
      assertThat(new ResponseTargets(standard, level).responseDueDate(received))
          .isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(new ResponseTargets(standard, level).acknowledgementDue(received))
          .isEqualTo(london("2026-03-04T00:00"));
    }
  }

  @Nested
  class OverdueCutoff {

    @Test
    void
        a_message_of_the_last_arrival_day_still_overdue_is_before_the_cutoff_and_the_next_days_is_not() {
      // Three working days: a message on Thursday 27 August is due at the end of Wednesday
      // 2 September (the bank holiday Monday does not count), so at 09:00 on Thursday 3 September
      // it is overdue and a message of Friday 28 August (due the end of Thursday) is not.
      var calendar = standard.withHoliday(SUMMER_BANK_HOLIDAY);
      var now = london("2026-09-03T09:00");

      var cutoff =
          new ResponseTargets(calendar, ServiceLevel.standard()).overdueIfReceivedBefore(now);

      assertThat(cutoff).isEqualTo(london("2026-08-28T00:00"));
    }

    @RepeatedTest(100)
    void an_arrival_is_before_the_cutoff_exactly_when_its_response_is_due_by_now(
        RepetitionInfo repetition) {
      var random = new Random(7919L * repetition.getCurrentRepetition());
      var zone = random.nextBoolean() ? LONDON : NEW_YORK;
      var start = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(700));
      var calendar =
          standard
              .withZone(zone)
              .withHolidays(
                  List.of(new PublicHoliday(start.plusDays(random.nextInt(40)), "A holiday")))
              .withClosures(
                  List.of(
                      new ClosurePeriod(
                          start.plusDays(random.nextInt(30)),
                          start.plusDays(30 + random.nextInt(20)),
                          "Closed")));
      var level = ServiceLevel.standard().withResponseTarget(1 + random.nextInt(5));
      var now = start.atStartOfDay(zone).toInstant().plusSeconds(random.nextLong(60L * 86_400));

      var targets = new ResponseTargets(calendar, level);

      var cutoff = targets.overdueIfReceivedBefore(now);

      for (int i = 0; i < 200; i++) {
        var received = now.minusSeconds(random.nextLong(70L * 86_400));
        var dueByNow = !now.isBefore(targets.responseDue(received));
        assertThat(received.isBefore(cutoff))
            .as("received %s, now %s", received, now)
            .isEqualTo(dueByNow);
      }
      var justBefore = cutoff.minusNanos(1_000);
      assertThat(!now.isBefore(targets.responseDue(justBefore))).isTrue();
      assertThat(now.isBefore(targets.responseDue(cutoff))).isTrue();
    }
  }
}
