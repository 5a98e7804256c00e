package org.example.confide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confide.application.Confide;
import org.confide.application.InMemoryConfide;
import org.confide.application.Ports;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.CaseSummary;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SubmitReportUseCase;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.out.Reports;
import org.confide.domain.calendar.PublicHoliday;
import org.confide.domain.calendar.WorkingCalendar;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Confide embedded with a report store of our own, two-factor sign-in off and Christmas Day as a
 * holiday: a report arrives on Wednesday 23 December, and an adviser watches it in the queue as the
 * clock moves across the holiday until the response is overdue, then takes the case.
 */
class ChristmasQueueTest {

  private static final String PASSWORD = "a long enough password";

  // --- README embedding example starts ---
  // Wednesday 23 December 2026, 10:00 in London; the test moves this clock by hand.
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-23T10:00:00Z"));

  private final InMemoryConfide.Builder builder =
      InMemoryConfide.builder()
          .clock(clock)
          .twoFactorRequired(false) // staff sign in with a password alone
          .calendar(
              WorkingCalendar.standard()
                  .withHoliday(new PublicHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")))
          // our own report store, joining the transactions of the in-memory stores
          .replace(Reports.class, MapReports::new);
  private final Ports ports = builder.buildPorts();
  private final Confide confide = builder.build(ports);

  @Test
  void an_adviser_sees_a_report_in_the_queue_across_christmas_until_it_is_overdue() {
    check(
        "create the first administrator",
        confide
            .ensureFirstAdministrator()
            .ensure(
                new EnsureFirstAdministratorUseCase.Command(
                    EmailAddress.of("admin@example.ac.uk"), "Ada Admin", PASSWORD.toCharArray())));
    check(
        "create an adviser",
        confide
            .createStaff()
            .create(
                logIn("admin@example.ac.uk"),
                new CreateStaffUseCase.Command(
                    "adviser@example.ac.uk",
                    "Alex Adviser",
                    Set.of(Role.ADVISER),
                    PASSWORD.toCharArray())));

    var outcome =
        confide
            .submitReport()
            .submit(
                SubmitReportUseCase.Command.anonymous(
                        QuestionnaireVersion.of(2),
                        Map.of(
                            "incident-type", RawAnswer.of("harassment"),
                            "where", RawAnswer.of("on-campus"),
                            "reporter-role", RawAnswer.of("student"),
                            "affected-person", RawAnswer.of("me"),
                            "under-18", RawAnswer.of("no"),
                            "immediate-danger", RawAnswer.of("no")))
                    .account("What happened, in my own words.")
                    .build());
    var receipt =
        switch (outcome) {
          case Outcome.Done(var done) -> done;
          case Outcome.Failed(Failure.Invalid invalid) ->
              throw new AssertionError("invalid: " + invalid.problems());
          case Outcome.Failed(Failure.Refused refused) ->
              throw new AssertionError("refused: " + refused.reason());
        };
    // Three working days, not counting the day of arrival, skip Christmas Day and the weekend:
    // the response is due by the end of Tuesday 29 December, that is 00:00 on the 30th in London.
    System.out.println("Submitted; the response is due by " + receipt.responseDueBy());
    assertThat(receipt.responseDueBy()).isEqualTo(Instant.parse("2026-12-30T00:00:00Z"));

    var before = theOneCaseInTheQueue(receipt.reference());
    assertThat(before.workingDaysLeft()).isEqualTo(3); // Thursday, Monday, Tuesday

    clock.set(Instant.parse("2026-12-29T10:00:00Z")); // across Christmas to Tuesday morning
    var lastDay = theOneCaseInTheQueue(receipt.reference());
    assertThat(lastDay.workingDaysLeft()).isZero(); // due by the end of today...
    assertThat(lastDay.overdue()).isFalse(); // ...and not overdue yet

    clock.advance(Duration.ofDays(1)); // Wednesday 30 December
    var late = theOneCaseInTheQueue(receipt.reference());
    assertThat(late.overdue()).isTrue();

    var adviser = logIn("adviser@example.ac.uk");
    check(
        "take the case",
        confide.takeCase().take(adviser, new TakeCaseUseCase.Command(receipt.reference())));
    assertThat(queue(adviser)).isEmpty();
    System.out.println("Our report store holds " + ports.reports().count() + " report(s)");
    assertThat(ports.reports().find(receipt.reference())).isPresent();
  }

  /** The queue as the adviser, signed in afresh, sees it now; it must hold one case. */
  private CaseSummary theOneCaseInTheQueue(ReportReference reference) {
    var cases = queue(logIn("adviser@example.ac.uk"));
    assertThat(cases).extracting(CaseSummary::reference).containsExactly(reference);
    var summary = cases.get(0);
    System.out.printf(
        "%s: queue has %d case(s); %d working day(s) left, overdue %s%n",
        clock.instant(), cases.size(), summary.workingDaysLeft(), summary.overdue());
    return summary;
  }

  private List<CaseSummary> queue(SessionToken adviser) {
    return check(
            "read the queue",
            confide
                .listCases()
                .list(adviser, ListCasesUseCase.Command.firstPage(ListCasesUseCase.View.QUEUE)))
        .cases();
  }

  /** Staff sessions end after 30 idle minutes: someone coming back to work signs in again. */
  private SessionToken logIn(String email) {
    return check(
            "sign in",
            confide
                .logInStaff()
                .logIn(LogInStaffUseCase.Command.withPassword(email, PASSWORD.toCharArray())))
        .token();
  }

  /** The value of a use case that must succeed; says what was done, or fails naming why not. */
  private static <T> T check(String step, Outcome<T, ?> outcome) {
    return switch (outcome) {
      case Outcome.Done<T, ?> done -> {
        System.out.println("Done: " + step);
        yield done.value();
      }
      case Outcome.Failed<T, ?> failed ->
          throw new AssertionError("Could not " + step + ": " + failed.failure());
    };
  }
  // --- README embedding example ends ---
}
