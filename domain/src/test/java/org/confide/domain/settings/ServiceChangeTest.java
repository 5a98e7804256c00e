package org.confide.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.OwnText;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ServiceChangeTest {

  private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime FIVE = LocalTime.of(17, 0);

  private static ServiceSettings valueOf(Checked<ServiceSettings> checked) {
    assertThat(checked).isInstanceOf(Checked.Valid.class);
    return ((Checked.Valid<ServiceSettings>) checked).value();
  }

  @Nested
  class Defaults {

    @Test
    void closed_cases_are_kept_six_years_read_as_2192_days() {
      var defaults = ServiceSettings.defaults();

      assertThat(defaults.retention()).isEqualTo(Period.ofYears(6));
      assertThat(defaults.closedCaseRetentionDays()).isEqualTo(2192);
      assertThat(defaults.profile().closureNoticeDaysAhead()).isEqualTo(14);
      assertThat(defaults.profile().organisationName()).isEmpty();
      assertThat(defaults.profile().monitoring().inWords())
          .isEqualTo("Monday to Friday, 9am to 5pm");
    }

    @Test
    void twenty_years_is_the_limit_in_years_or_in_days() {
      var defaults = ServiceSettings.defaults();

      assertThat(defaults.withRetention(Period.ofYears(20)).closedCaseRetentionDays())
          .isEqualTo(7305);
      assertThat(defaults.withRetention(Period.ofDays(7305)).closedCaseRetentionDays())
          .isEqualTo(7305);
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> defaults.withRetention(Period.ofDays(7306)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Changing {

    @Test
    void a_change_sets_every_part_and_keeps_the_rest() {
      var before = ServiceSettings.defaults();
      var change =
          new ServiceChange(
              "  University of Example ", 3650, EnumSet.of(DayOfWeek.SATURDAY), NINE, FIVE, 21);

      var after = valueOf(change.applyTo(before));

      assertThat(after.profile().organisationName()).contains(OwnText.of("University of Example"));
      assertThat(after.retention()).isEqualTo(Period.ofDays(3650));
      assertThat(after.profile().monitoring().inWords()).isEqualTo("Saturday, 9am to 5pm");
      assertThat(after.profile().closureNoticeDaysAhead()).isEqualTo(21);
      assertThat(after.calendar()).isEqualTo(before.calendar());
      assertThat(ServiceChange.changedParts(before, after))
          .containsExactly(
              "organisationName",
              "closedCaseRetentionDays",
              "monitoring",
              "closureNoticeDaysAhead");
    }

    @Test
    void a_retention_left_at_its_days_keeps_its_period_in_years() {
      var change = new ServiceChange((String) null, 2192, WEEKDAYS, NINE, FIVE, 14);

      var after = valueOf(change.applyTo(ServiceSettings.defaults()));

      assertThat(after).isEqualTo(ServiceSettings.defaults());
      assertThat(ServiceChange.changedParts(ServiceSettings.defaults(), after)).isEmpty();
    }

    @Test
    void the_name_may_be_written_in_each_language_each_problem_named_by_its_language() {
      var texts = new LinkedHashMap<Language, String>();
      texts.put(Language.ENGLISH, "University of Example");
      texts.put(Language.WELSH, "Prifysgol Enghraifft");
      var change = new ServiceChange(OwnText.Typed.of(texts), 2192, WEEKDAYS, NINE, FIVE, 14);

      var after = valueOf(change.applyTo(ServiceSettings.defaults()));

      assertThat(after.profile().organisationName().orElseThrow().in(Language.WELSH))
          .isEqualTo("Prifysgol Enghraifft");
      texts.put(Language.WELSH, "Prifysgol\u0007");
      assertThat(
              new ServiceChange(OwnText.Typed.of(texts), 2192, WEEKDAYS, NINE, FIVE, 14)
                  .applyTo(ServiceSettings.defaults())
                  .problems())
          .extracting(FieldProblem::field)
          .containsExactly("organisationName.cy");
    }

    @Test
    void every_problem_is_named_by_its_field() {
      var change =
          new ServiceChange("Name\u0007", 29, EnumSet.noneOf(DayOfWeek.class), FIVE, NINE, 121);

      assertThat(change.applyTo(ServiceSettings.defaults()).problems())
          .extracting(FieldProblem::field)
          .containsExactly(
              "organisationName",
              "closedCaseRetentionDays",
              "closureNoticeDaysAhead",
              "monitoring.days",
              "monitoring.to");
    }
  }

  @Nested
  class Monitoring {

    // Monday 7 December 2026, in London (GMT in winter).
    private final ServiceSettings settings = ServiceSettings.defaults();

    @Test
    void messages_are_read_within_the_hours_on_a_monitored_day_only() {
      assertThat(settings.isMonitored(Instant.parse("2026-12-07T09:00:00Z"))).isTrue();
      assertThat(settings.isMonitored(Instant.parse("2026-12-07T16:59:59Z"))).isTrue();
      assertThat(settings.isMonitored(Instant.parse("2026-12-07T17:00:00Z"))).isFalse();
      assertThat(settings.isMonitored(Instant.parse("2026-12-07T08:59:59Z"))).isFalse();
      assertThat(settings.isMonitored(Instant.parse("2026-12-05T12:00:00Z"))).isFalse();
    }

    @Test
    void a_public_holiday_is_not_monitored_whatever_the_hours() {
      var withHoliday =
          settings.withCalendar(
              settings
                  .calendar()
                  .withHoliday(new PublicHoliday(LocalDate.of(2026, 12, 7), "A holiday")),
              settings.serviceLevel());

      assertThat(withHoliday.isMonitored(Instant.parse("2026-12-07T12:00:00Z"))).isFalse();
    }

    @Test
    void hours_to_midnight_and_all_day_read_plainly() {
      var allWeek = EnumSet.allOf(DayOfWeek.class);

      assertThat(new MonitoringHours(allWeek, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).inWords())
          .isEqualTo("every day, all day");
      assertThat(
              new MonitoringHours(
                      EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                      LocalTime.of(8, 30),
                      LocalTime.MIDNIGHT)
                  .inWords())
          .isEqualTo("Monday and Thursday, 8:30am to midnight");
    }
  }

  @Nested
  class ClosureNotice {

    private final ClosurePeriod winter =
        new ClosurePeriod(
            LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 1), "We are closed for winter.");
    private final ServiceSettings settings =
        ServiceSettings.defaults()
            .withCalendar(
                ServiceSettings.defaults().calendar().withClosure(winter),
                ServiceSettings.defaults().serviceLevel());

    @Test
    void a_closure_is_announced_from_fourteen_days_before_it_starts_and_while_in_force() {
      assertThat(settings.closureAnnounced(Instant.parse("2026-12-06T12:00:00Z"))).isEmpty();
      assertThat(settings.closureAnnounced(Instant.parse("2026-12-07T00:00:00Z"))).contains(winter);
      assertThat(settings.closureAnnounced(Instant.parse("2026-12-25T12:00:00Z"))).contains(winter);
      assertThat(settings.closureAnnounced(Instant.parse("2027-01-02T12:00:00Z"))).isEmpty();
    }
  }
}
