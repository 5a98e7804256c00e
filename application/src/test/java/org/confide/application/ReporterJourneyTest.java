package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.DeactivateStaffUseCase;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.OpenReporterSessionUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadAuditTrailUseCase;
import org.confide.application.port.in.ReplyToReporterUseCase;
import org.confide.application.port.in.SendReporterMessageUseCase;
import org.confide.application.port.in.ShareContactDetailsUseCase;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.thread.AuthorSide;
import org.confide.testing.Failures;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The journeys reporters make, end to end through the use cases on the in-memory adapters. */
class ReporterJourneyTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  @Test
  void the_full_anonymous_conversation() {
    // The reporter tells us what happened and opts in to messaging.
    var receipt = fixture.submit(Fixture.anonymous("He followed me home from the library."));
    assertThat(receipt.accessCode()).isPresent();
    // Monday 10:00 with a three-working-day target: due at the end of Thursday, London time.
    assertThat(receipt.responseDueBy()).isEqualTo(Instant.parse("2026-11-06T00:00:00Z"));
    assertThat(receipt.emergencyContacts()).isEmpty();

    // Later, they come back with the code, typed carelessly.
    fixture.advance(Duration.ofHours(2));
    var typed = receipt.accessCode().get().display().toLowerCase(Locale.ROOT).replace("-", " ");
    var reporter =
        confide
            .openReporterSession()
            .open(new OpenReporterSessionUseCase.Command(typed))
            .orElseThrow()
            .token();
    var copy = confide.readMyReport().read(reporter).orElseThrow();
    assertThat(copy.account()).contains("He followed me home from the library.");
    assertThat(copy.anonymous()).isTrue();
    assertThat(copy.answers())
        .anySatisfy(a -> assertThat(a.answerFirst()).anySatisfy(l -> assertThat(l).isNotBlank()));

    // They write to the case team.
    var sent =
        confide
            .sendReporterMessage()
            .send(
                reporter, new SendReporterMessageUseCase.Command("Is there anything I can do now?"))
            .orElseThrow();
    assertThat(sent.from()).isEqualTo(AuthorSide.REPORTER);

    // An adviser sees the unread message, takes the case and opens it.
    var unread =
        confide
            .listCases()
            .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.UNREAD))
            .orElseThrow()
            .cases();
    assertThat(unread).singleElement().satisfies(c -> assertThat(c.unreadMessages()).isEqualTo(1));
    var reference = unread.getFirst().reference();
    assertThat(
            confide
                .assignCase()
                .assign(
                    fixture.adviser,
                    new AssignCaseUseCase.Command(
                        reference, EmailAddress.of("adviser@example.ac.uk"))))
        .isEqualTo(Outcome.ok());
    var caseFile =
        confide
            .viewCase()
            .view(fixture.adviser, new ViewCaseUseCase.Command(reference))
            .orElseThrow();
    assertThat(caseFile.status()).isEqualTo(ReportStatus.OPEN);
    assertThat(caseFile.contact()).isEmpty();
    assertThat(caseFile.thread().messages())
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("Is there anything I can do now?"));
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.UNREAD))
                .orElseThrow()
                .cases())
        .isEmpty();

    // The adviser replies; the reporter sees the reply from "Case adviser", never a name.
    fixture.advance(Duration.ofMinutes(10));
    confide
        .replyToReporter()
        .reply(
            fixture.adviser,
            new ReplyToReporterUseCase.Command(reference, "Yes. We can talk about options."))
        .orElseThrow();
    var thread = confide.readMyThread().read(reporter).orElseThrow();
    assertThat(thread.messages()).hasSize(2);
    var reply = thread.messages().get(1);
    assertThat(reply.from()).isEqualTo(AuthorSide.STAFF);
    assertThat(reply.author()).isEqualTo("Case adviser").doesNotContain("Alex");
    assertThat(reply.body()).isEqualTo("Yes. We can talk about options.");
    // Nothing is awaited from the team once it has answered.
    assertThat(thread.responseDueBy()).isEmpty();

    // The adviser sees that the reporter has read the reply.
    var seen =
        confide
            .viewCase()
            .view(fixture.adviser, new ViewCaseUseCase.Command(reference))
            .orElseThrow();
    assertThat(seen.thread().messages().get(1).readAt()).isPresent();

    // And the reporter logs out: the session stops working at once.
    confide.endSession().end(reporter, EndSessionUseCase.Command.reporter());
    assertThat(confide.readMyThread().read(reporter)).is(failedWith(Failure.Unauthenticated.class));
  }

  @Test
  void a_reporter_session_left_idle_is_not_revived_by_using_it_on_a_staff_use_case() {
    var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("An account")));
    // Past a reporter's 20 idle minutes, though within a staff member's 30.
    fixture.advance(Duration.ofMinutes(21));

    assertThat(confide.listCases().list(reporter, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(confide.readMyReport().read(reporter)).is(failedWith(Failure.Unauthenticated.class));
  }

  @Test
  void a_session_is_ended_only_by_the_sign_out_of_its_own_kind() {
    var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("An account")));

    confide.endSession().end(reporter, EndSessionUseCase.Command.staff());
    confide.endSession().end(fixture.adviser, EndSessionUseCase.Command.reporter());

    assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Done.class);
    assertThat(
            confide
                .listCases()
                .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE)))
        .isInstanceOf(Outcome.Done.class);
  }

  @Test
  void the_named_route_issues_no_code_and_shows_contact_details_to_the_adviser() {
    var receipt = fixture.submit(Fixture.named("My supervisor keeps making comments."));
    assertThat(receipt.accessCode()).isEmpty();

    confide
        .assignCase()
        .assign(
            fixture.adviser,
            new AssignCaseUseCase.Command(
                receipt.reference(), EmailAddress.of("adviser@example.ac.uk")));
    var caseFile =
        confide
            .viewCase()
            .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference()))
            .orElseThrow();

    assertThat(caseFile.contact())
        .hasValueSatisfying(c -> {
          assertThat(c.name()).isEqualTo("Sam Reporter");
          assertThat(c.email()).contains("sam@example.ac.uk");
          assertThat(c.phone()).isEmpty();
        });
    assertThat(caseFile.supportRequested()).isTrue();
    assertThat(caseFile.supportPreference()).contains("a woman adviser");
    assertThat(
            confide
                .replyToReporter()
                .reply(
                    fixture.adviser,
                    new ReplyToReporterUseCase.Command(receipt.reference(), "Hello")))
        .is(failedWith(Failure.Refused.class));
  }

  @Test
  void an_anonymous_reporter_may_share_contact_details_and_the_change_is_audited() {
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = fixture.reporterSessionFor(receipt);

    var refused =
        confide
            .shareContactDetails()
            .share(
                reporter,
                new ShareContactDetailsUseCase.Command(new ContactInput("", "not-an-email", "")));
    assertThat(Failures.fields(refused)).contains("contact.name", "contact.email");
    assertThat(confide.readMyReport().read(reporter).orElseThrow().anonymous()).isTrue();

    assertThat(
            confide
                .shareContactDetails()
                .share(
                    reporter,
                    new ShareContactDetailsUseCase.Command(
                        new ContactInput("Jo", "jo@example.ac.uk", ""))))
        .isEqualTo(Outcome.ok());

    assertThat(confide.readMyReport().read(reporter).orElseThrow().anonymous()).isFalse();
    var caseFile =
        confide
            .viewCase()
            .view(fixture.adviser, new ViewCaseUseCase.Command(receipt.reference()))
            .orElseThrow();
    assertThat(caseFile.contact()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Jo"));
    var trail =
        confide
            .readAuditTrail()
            .read(
                fixture.admin,
                new ReadAuditTrailUseCase.Command(
                    Fixture.MONDAY_MORNING,
                    Fixture.MONDAY_MORNING.plusSeconds(60),
                    Optional.of(receipt.reference())))
            .orElseThrow();
    assertThat(trail)
        .extracting(e -> e.action().name())
        .contains("ANONYMITY_CHANGED", "REPORT_VIEWED")
        .doesNotContain("REPORT_SUBMITTED");
  }

  @Nested
  class AccessCodes {

    @Test
    void a_wrong_code_and_a_malformed_code_get_the_same_answer() {
      fixture.submit(Fixture.anonymous("Something happened."));

      assertThat(
              confide
                  .openReporterSession()
                  .open(new OpenReporterSessionUseCase.Command("ZZZZ-ZZZZ-ZZZZ-ZZZZ")))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide
                  .openReporterSession()
                  .open(new OpenReporterSessionUseCase.Command("not a code at all!")))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(confide.openReporterSession().open(new OpenReporterSessionUseCase.Command(null)))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void a_message_containing_the_reporters_own_code_is_refused_and_not_stored() {
      var receipt = fixture.submit(Fixture.anonymous("Something happened."));
      var reporter = fixture.reporterSessionFor(receipt);
      var code = receipt.accessCode().get().display();

      var refused =
          confide
              .sendReporterMessage()
              .send(
                  reporter,
                  new SendReporterMessageUseCase.Command(
                      "my code is " + code.toLowerCase(Locale.ROOT).replace('-', ' ')));

      assertThat(Failures.fields(refused)).containsExactly("body");
      assertThat(confide.readMyThread().read(reporter).orElseThrow().messages()).isEmpty();
    }

    @Test
    void a_reporter_session_reaches_only_its_own_report() {
      var first = fixture.submit(Fixture.anonymous("First report."));
      var second = fixture.submit(Fixture.anonymous("Second report."));

      var firstSession = fixture.reporterSessionFor(first);
      var secondSession = fixture.reporterSessionFor(second);

      assertThat(confide.readMyReport().read(firstSession).orElseThrow().account())
          .contains("First report.");
      assertThat(confide.readMyReport().read(secondSession).orElseThrow().account())
          .contains("Second report.");
    }

    @Test
    void a_staff_token_is_not_a_reporter_session_nor_the_other_way_round() {
      var receipt = fixture.submit(Fixture.anonymous("Something happened."));
      var reporter = fixture.reporterSessionFor(receipt);

      assertThat(confide.readMyReport().read(fixture.adviser))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(confide.listCases().list(reporter, ListCasesUseCase.Command.firstPage(View.QUEUE)))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void identifying_a_reporter_answers_only_for_a_live_reporter_session() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));

      assertThat(confide.identifyReporter().identify(reporter)).isEqualTo(Outcome.ok());
      assertThat(confide.identifyReporter().identify(fixture.adviser))
          .is(failedWith(Failure.Unauthenticated.class));
      confide.endSession().end(reporter, EndSessionUseCase.Command.reporter());
      assertThat(confide.identifyReporter().identify(reporter))
          .is(failedWith(Failure.Unauthenticated.class));
    }
  }

  @Nested
  class Sessions {

    @Test
    void a_reporter_session_ends_after_twenty_idle_minutes() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));

      fixture.advance(Duration.ofMinutes(19));
      assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      fixture.advance(Duration.ofMinutes(19));
      assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      fixture.advance(Duration.ofMinutes(20));
      assertThat(confide.readMyReport().read(reporter))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void
        a_sessions_last_use_is_written_at_most_once_a_minute_and_idle_counts_from_the_last_written() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));
      var opened = fixture.clock.instant();
      var digest = Secrets.digest(reporter);

      fixture.clock.advance(Duration.ofSeconds(30));
      assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      assertThat(fixture.ports.sessions().find(digest).orElseThrow().lastSeenAt())
          .isEqualTo(opened);

      fixture.clock.advance(Duration.ofSeconds(30));
      assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      var written = fixture.clock.instant();
      assertThat(fixture.ports.sessions().find(digest).orElseThrow().lastSeenAt())
          .isEqualTo(written);

      // Used again 59 s later (not written), then left: idle counts from the use written, so the
      // session ends up to a minute early, never late.
      fixture.clock.advance(Duration.ofSeconds(59));
      assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      fixture.clock.set(written.plus(Duration.ofMinutes(20)));
      assertThat(confide.readMyReport().read(reporter))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void a_reporter_session_ends_after_two_hours_however_busy() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));

      for (int i = 0; i < 11; i++) {
        fixture.advance(Duration.ofMinutes(10));
        assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      }
      fixture.advance(Duration.ofMinutes(10));
      assertThat(confide.readMyReport().read(reporter))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void a_staff_session_ends_when_its_account_is_deactivated() {
      assertThat(
              confide
                  .listCases()
                  .list(fixture.otherAdviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
                  .isDone())
          .isTrue();

      confide
          .deactivateStaff()
          .deactivate(
              fixture.admin,
              new DeactivateStaffUseCase.Command(EmailAddress.of("other@example.ac.uk")));

      assertThat(
              confide
                  .listCases()
                  .list(fixture.otherAdviser, ListCasesUseCase.Command.firstPage(View.QUEUE)))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide
                  .logInStaff()
                  .logIn(
                      LogInStaffUseCase.Command.withPassword(
                          "other@example.ac.uk", Fixture.PASSWORD.toCharArray())))
          .is(failedWith(Failure.Unauthenticated.class));
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
      assertThat(
              confide
                  .logInStaff()
                  .logIn(
                      LogInStaffUseCase.Command.withPassword(
                          "adviser@example.ac.uk", "wrong".toCharArray())))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide
                  .logInStaff()
                  .logIn(
                      LogInStaffUseCase.Command.withPassword(
                          "nobody@example.ac.uk", "wrong".toCharArray())))
          .is(failedWith(Failure.Unauthenticated.class));
      assertThat(
              confide
                  .logInStaff()
                  .logIn(
                      LogInStaffUseCase.Command.withPassword(
                          "not an email", "wrong".toCharArray())))
          .is(failedWith(Failure.Unauthenticated.class));
    }
  }
}
