package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.confide.application.port.in.ChangeCalendarUseCase;
import org.confide.application.port.in.ChangeEmergencyContactsUseCase;
import org.confide.application.port.in.ChangeServiceUseCase;
import org.confide.application.port.in.Failure;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.calendar.ClosurePeriod;
import org.confide.domain.safeguarding.EmergencyContacts;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.shared.OwnText;
import org.confide.testing.AReport;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The emergency contacts, the service's own settings, and the set-up checklist. */
class OrganisationSettingsTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private List<AuditEvent> audited(AuditAction action) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(), 100)
        .stream()
        .filter(e -> e.action() == action)
        .toList();
  }

  private static EmergencyContacts.Entry security() {
    return new EmergencyContacts.Entry(
        "Campus security", "01632 960 000", "https://example.ac.uk/security", "Day and night");
  }

  @Nested
  class EmergencyContactsShown {

    @Test
    void a_fresh_service_shows_the_national_contacts_to_anyone() {
      assertThat(confide.readServiceStatus().status().emergencyContacts())
          .isEqualTo(EmergencyContacts.national());
    }

    @Test
    void contacts_set_by_an_administrator_are_shown_in_status_and_to_a_reporter_in_danger() {
      var changed =
          confide
              .changeEmergencyContacts()
              .change(
                  fixture.admin, new ChangeEmergencyContactsUseCase.Command(List.of(security())));

      assertThat(changed.isDone()).isTrue();
      assertThat(confide.readServiceStatus().status().emergencyContacts())
          .extracting(contact -> contact.name().first())
          .containsExactly("Campus security");
      var receipt =
          fixture.submit(
              AReport.anonymous()
                  .account("Please help.")
                  .answer("immediate-danger", "yes")
                  .build());
      assertThat(receipt.emergencyContacts().orElseThrow())
          .extracting(contact -> contact.name().first())
          .containsExactly("Campus security");
    }

    @Test
    void the_change_is_audited_by_how_many_never_by_what_they_say() {
      confide
          .changeEmergencyContacts()
          .change(fixture.admin, new ChangeEmergencyContactsUseCase.Command(List.of(security())));

      assertThat(audited(AuditAction.EMERGENCY_CONTACTS_CHANGED))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.detail()).isEqualTo("1 contact");
            assertThat(e.toString()).doesNotContain("01632", "security");
          });
    }

    @Test
    void contacts_with_problems_change_nothing_and_name_every_problem() {
      var outcome =
          confide
              .changeEmergencyContacts()
              .change(
                  fixture.admin,
                  new ChangeEmergencyContactsUseCase.Command(
                      List.of(security(), new EmergencyContacts.Entry("Helpline", "", "", ""))));

      assertThat(outcome).is(failedWith(Failure.Invalid.class));
      assertThat(Failures.fields(outcome)).containsExactly("contacts[1].phone");
      assertThat(confide.readServiceStatus().status().emergencyContacts())
          .isEqualTo(EmergencyContacts.national());
      assertThat(audited(AuditAction.EMERGENCY_CONTACTS_CHANGED)).isEmpty();
    }

    @Test
    void an_empty_list_goes_back_to_the_national_contacts() {
      confide
          .changeEmergencyContacts()
          .change(fixture.admin, new ChangeEmergencyContactsUseCase.Command(List.of(security())));

      confide
          .changeEmergencyContacts()
          .change(fixture.admin, new ChangeEmergencyContactsUseCase.Command(List.of()));

      assertThat(confide.readServiceStatus().status().emergencyContacts())
          .isEqualTo(EmergencyContacts.national());
    }
  }

  @Nested
  class TheService {

    private ServiceChange change(int retentionDays, int noticeDays) {
      return new ServiceChange(
          "University of Example",
          retentionDays,
          EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
          LocalTime.of(10, 0),
          LocalTime.of(16, 0),
          noticeDays);
    }

    @Test
    void the_name_hours_and_notice_reach_the_status_and_the_retention_the_settings() {
      var outcome =
          confide
              .changeService()
              .change(fixture.admin, new ChangeServiceUseCase.Command(change(3650, 30)));

      assertThat(outcome.isDone()).isTrue();
      var status = confide.readServiceStatus().status();
      assertThat(status.organisationName()).contains(OwnText.of("University of Example"));
      assertThat(status.monitoring().inWords()).isEqualTo("Monday to Thursday, 10am to 4pm");
      assertThat(confide.readSettings().read(fixture.admin).orElseThrow().retention())
          .isEqualTo(Period.ofDays(3650));
      assertThat(audited(AuditAction.SERVICE_CHANGED))
          .singleElement()
          .satisfies(e -> {
            assertThat(e.detail())
                .isEqualTo(
                    "organisationName, closedCaseRetentionDays, monitoring, closureNoticeDaysAhead");
            assertThat(e.detail()).doesNotContain("Example", "3650");
          });
    }

    @Test
    void monitored_follows_the_hours() {
      confide
          .changeService()
          .change(fixture.admin, new ChangeServiceUseCase.Command(change(3650, 30)));

      // Monday 2 November 2026, 10:00 in London: within the hours.
      assertThat(confide.readServiceStatus().status().monitored()).isTrue();
      fixture.setTime(Instant.parse("2026-11-02T16:30:00Z"));
      assertThat(confide.readServiceStatus().status().monitored()).isFalse();
    }

    @Test
    void a_closure_is_announced_the_chosen_days_ahead_with_its_dates() {
      var closure =
          new ClosurePeriod(
              LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01"), "Closed for training.");
      confide
          .changeCalendar()
          .change(
              fixture.admin,
              new ChangeCalendarUseCase.Command(new CalendarChange.AddClosure(closure)));
      assertThat(confide.readServiceStatus().status().closure()).isEmpty();

      confide
          .changeService()
          .change(fixture.admin, new ChangeServiceUseCase.Command(change(3650, 28)));

      assertThat(confide.readServiceStatus().status().closure()).contains(closure);
      assertThat(confide.readServiceStatus().status().closureNotice()).isEmpty();
    }

    @Test
    void a_retention_out_of_bounds_is_named_and_changes_nothing() {
      var outcome =
          confide
              .changeService()
              .change(fixture.admin, new ChangeServiceUseCase.Command(change(7306, 14)));

      assertThat(outcome).is(failedWith(Failure.Invalid.class));
      assertThat(confide.readServiceStatus().status().organisationName()).isEmpty();
      assertThat(audited(AuditAction.SERVICE_CHANGED)).isEmpty();
    }
  }

  @Nested
  class SetUpChecklist {

    @Test
    void a_fresh_service_has_everything_but_two_factor_to_do_and_contacts_tick_off_once_set() {
      var fresh = confide.readSetUp().read(fixture.admin).orElseThrow();
      assertThat(fresh.contacts()).isFalse();
      assertThat(fresh.questionnaire()).isFalse();
      assertThat(fresh.calendar()).isFalse();
      assertThat(fresh.pages()).isFalse();
      assertThat(fresh.complete()).isFalse();

      confide
          .changeEmergencyContacts()
          .change(fixture.admin, new ChangeEmergencyContactsUseCase.Command(List.of(security())));

      assertThat(confide.readSetUp().read(fixture.admin).orElseThrow().contacts()).isTrue();
    }
  }
}
