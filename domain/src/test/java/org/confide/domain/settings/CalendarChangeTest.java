package org.confide.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.ServiceLevel;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class CalendarChangeTest {

  private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

  private static ServiceSettings valueOf(Checked<ServiceSettings> checked) {
    assertThat(checked).isInstanceOf(Checked.Valid.class);
    return ((Checked.Valid<ServiceSettings>) checked).value();
  }

  private static PublicHoliday christmas() {
    return new PublicHoliday(CHRISTMAS, "Christmas Day");
  }

  @Test
  void a_holiday_is_added_and_removed_keeping_everything_else() {
    var withHoliday =
        valueOf(new CalendarChange.AddHoliday(christmas()).applyTo(ServiceSettings.defaults()));

    assertThat(withHoliday.calendar().holidays()).containsExactly(christmas());
    assertThat(withHoliday.emergencyContacts())
        .isEqualTo(ServiceSettings.defaults().emergencyContacts());
    assertThat(valueOf(new CalendarChange.RemoveHoliday(CHRISTMAS).applyTo(withHoliday)))
        .isEqualTo(ServiceSettings.defaults());
  }

  @Test
  void a_second_holiday_on_one_date_is_named_not_thrown() {
    var withHoliday =
        valueOf(new CalendarChange.AddHoliday(christmas()).applyTo(ServiceSettings.defaults()));

    var again =
        new CalendarChange.AddHoliday(new PublicHoliday(CHRISTMAS, "Another name"))
            .applyTo(withHoliday);

    assertThat(again.problems()).extracting(FieldProblem::field).containsExactly("date");
  }

  @Test
  void an_overlapping_closure_is_named_not_thrown() {
    var first = new ClosurePeriod(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 30), "Closed");
    var settings =
        valueOf(new CalendarChange.AddClosure(first).applyTo(ServiceSettings.defaults()));

    var overlapping =
        new CalendarChange.AddClosure(
                new ClosurePeriod(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 2), "Shut"))
            .applyTo(settings);

    assertThat(overlapping.problems()).extracting(FieldProblem::field).containsExactly("firstDay");
  }

  @Test
  void a_service_level_out_of_bounds_is_named() {
    var tooSlow =
        new CalendarChange.SetServiceLevel(ServiceLevel.MAX_RESPONSE_TARGET_WORKING_DAYS + 1, 1)
            .applyTo(ServiceSettings.defaults());
    var acknowledgedAfterTheReply =
        new CalendarChange.SetServiceLevel(2, 3).applyTo(ServiceSettings.defaults());

    assertThat(tooSlow.problems())
        .extracting(FieldProblem::field)
        .containsExactly("responseTargetWorkingDays");
    assertThat(acknowledgedAfterTheReply.problems())
        .extracting(FieldProblem::field)
        .containsExactly("escalationAcknowledgementWorkingDays");
  }

  @Test
  void the_checking_factories_name_every_problem_of_an_entry() {
    assertThat(PublicHoliday.check(null, " ").problems())
        .extracting(FieldProblem::field)
        .containsExactly("date", "name");
    assertThat(
            ClosurePeriod.check(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1), "")
                .problems())
        .extracting(FieldProblem::field)
        .containsExactly("lastDay", "notice");
  }
}
