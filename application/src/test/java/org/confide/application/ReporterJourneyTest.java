package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.EndSessionUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.thread.AuthorSide;
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
    var reporter = confide.openReporterSession().open(typed).orElseThrow().token();
    var copy = confide.readMyReport().read(reporter).orElseThrow();
    assertThat(copy.account()).contains("He followed me home from the library.");
    assertThat(copy.anonymous()).isTrue();
    assertThat(copy.answers())
        .anySatisfy(a -> assertThat(a.answer()).anySatisfy(l -> assertThat(l).isNotBlank()));

    // They write to the case team.
    var sent =
        confide
            .sendReporterMessage()
            .send(reporter, "Is there anything I can do now?")
            .orElseThrow();
    assertThat(sent.from()).isEqualTo(AuthorSide.REPORTER);

    // An adviser sees the unread message, takes the case and opens it.
    var unread = confide.listCases().list(fixture.adviser, View.UNREAD).orElseThrow().cases();
    assertThat(unread).singleElement().satisfies(c -> assertThat(c.unreadMessages()).isEqualTo(1));
    var reference = unread.getFirst().reference();
    assertThat(confide.workCase().assign(fixture.adviser, reference, "adviser@example.ac.uk"))
        .isEqualTo(Outcome.ok());
    var caseFile = confide.viewCase().view(fixture.adviser, reference).orElseThrow();
    assertThat(caseFile.status()).isEqualTo(ReportStatus.OPEN);
    assertThat(caseFile.contact()).isEmpty();
    assertThat(caseFile.thread().messages())
        .singleElement()
        .satisfies(m -> assertThat(m.body()).isEqualTo("Is there anything I can do now?"));
    assertThat(confide.listCases().list(fixture.adviser, View.UNREAD).orElseThrow().cases())
        .isEmpty();

    // The adviser replies; the reporter sees the reply from "Case adviser", never a name.
    fixture.advance(Duration.ofMinutes(10));
    confide
        .workCase()
        .reply(fixture.adviser, reference, "Yes. We can talk about options.")
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
    var seen = confide.viewCase().view(fixture.adviser, reference).orElseThrow();
    assertThat(seen.thread().messages().get(1).readAt()).isPresent();

    // And the reporter logs out: the session stops working at once.
    assertThat(confide.endSession().end(reporter, EndSessionUseCase.Holder.REPORTER))
        .isEqualTo(Outcome.ok());
    assertThat(confide.readMyThread().read(reporter)).isInstanceOf(Outcome.Unauthenticated.class);
  }

  @Test
  void a_reporter_session_left_idle_is_not_revived_by_using_it_on_a_staff_use_case() {
    var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("An account")));
    // Past a reporter's 20 idle minutes, though within a staff member's 30.
    fixture.advance(Duration.ofMinutes(21));

    assertThat(confide.listCases().list(reporter, View.QUEUE))
        .isInstanceOf(Outcome.Unauthenticated.class);
    assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Unauthenticated.class);
  }

  @Test
  void a_session_is_ended_only_by_the_sign_out_of_its_own_kind() {
    var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("An account")));

    confide.endSession().end(reporter, EndSessionUseCase.Holder.STAFF);
    confide.endSession().end(fixture.adviser, EndSessionUseCase.Holder.REPORTER);

    assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Done.class);
    assertThat(confide.listCases().list(fixture.adviser, View.QUEUE))
        .isInstanceOf(Outcome.Done.class);
  }

  @Test
  void the_named_route_issues_no_code_and_shows_contact_details_to_the_adviser() {
    var receipt = fixture.submit(Fixture.named("My supervisor keeps making comments."));
    assertThat(receipt.accessCode()).isEmpty();

    confide.workCase().assign(fixture.adviser, receipt.reference(), "adviser@example.ac.uk");
    var caseFile = confide.viewCase().view(fixture.adviser, receipt.reference()).orElseThrow();

    assertThat(caseFile.contact())
        .hasValueSatisfying(c -> {
          assertThat(c.name()).isEqualTo("Sam Reporter");
          assertThat(c.email()).contains("sam@example.ac.uk");
          assertThat(c.phone()).isEmpty();
        });
    assertThat(caseFile.supportRequested()).isTrue();
    assertThat(caseFile.supportPreference()).contains("a woman adviser");
    assertThat(confide.workCase().reply(fixture.adviser, receipt.reference(), "Hello"))
        .isInstanceOf(Outcome.Refused.class);
  }

  @Test
  void an_anonymous_reporter_may_share_contact_details_and_the_change_is_audited() {
    var receipt = fixture.submit(Fixture.anonymous("Something happened."));
    var reporter = fixture.reporterSessionFor(receipt);

    var refused =
        confide.shareContactDetails().share(reporter, new ContactInput("", "not-an-email", ""));
    assertThat(Fixture.fields(refused)).contains("contact.name", "contact.email");
    assertThat(confide.readMyReport().read(reporter).orElseThrow().anonymous()).isTrue();

    assertThat(
            confide
                .shareContactDetails()
                .share(reporter, new ContactInput("Jo", "jo@example.ac.uk", "")))
        .isEqualTo(Outcome.ok());

    assertThat(confide.readMyReport().read(reporter).orElseThrow().anonymous()).isFalse();
    var caseFile = confide.viewCase().view(fixture.adviser, receipt.reference()).orElseThrow();
    assertThat(caseFile.contact()).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Jo"));
    var trail =
        confide
            .administer()
            .auditTrail(
                fixture.admin,
                Fixture.MONDAY_MORNING,
                Fixture.MONDAY_MORNING.plusSeconds(60),
                Optional.of(receipt.reference()))
            .orElseThrow();
    assertThat(trail)
        .extracting(e -> e.action().name())
        .contains("REPORT_SUBMITTED", "ANONYMITY_CHANGED", "REPORT_VIEWED");
  }

  @Nested
  class AccessCodes {

    @Test
    void a_wrong_code_and_a_malformed_code_get_the_same_answer() {
      fixture.submit(Fixture.anonymous("Something happened."));

      assertThat(confide.openReporterSession().open("ZZZZ-ZZZZ-ZZZZ-ZZZZ"))
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.openReporterSession().open("not a code at all!"))
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.openReporterSession().open(null))
          .isInstanceOf(Outcome.Unauthenticated.class);
    }

    @Test
    void a_message_containing_the_reporters_own_code_is_refused_and_not_stored() {
      var receipt = fixture.submit(Fixture.anonymous("Something happened."));
      var reporter = fixture.reporterSessionFor(receipt);
      var code = receipt.accessCode().get().display();

      var refused =
          confide
              .sendReporterMessage()
              .send(reporter, "my code is " + code.toLowerCase(Locale.ROOT).replace('-', ' '));

      assertThat(Fixture.fields(refused)).containsExactly("body");
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
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.listCases().list(reporter, View.QUEUE))
          .isInstanceOf(Outcome.Unauthenticated.class);
    }

    @Test
    void identifying_a_reporter_answers_only_for_a_live_reporter_session() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));

      assertThat(confide.identifyReporter().identify(reporter)).isEqualTo(Outcome.ok());
      assertThat(confide.identifyReporter().identify(fixture.adviser))
          .isInstanceOf(Outcome.Unauthenticated.class);
      confide.endSession().end(reporter, EndSessionUseCase.Holder.REPORTER);
      assertThat(confide.identifyReporter().identify(reporter))
          .isInstanceOf(Outcome.Unauthenticated.class);
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
      assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Unauthenticated.class);
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
      assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Unauthenticated.class);
    }

    @Test
    void a_reporter_session_ends_after_two_hours_however_busy() {
      var reporter = fixture.reporterSessionFor(fixture.submit(Fixture.anonymous("Something.")));

      for (int i = 0; i < 11; i++) {
        fixture.advance(Duration.ofMinutes(10));
        assertThat(confide.readMyReport().read(reporter).isDone()).isTrue();
      }
      fixture.advance(Duration.ofMinutes(10));
      assertThat(confide.readMyReport().read(reporter)).isInstanceOf(Outcome.Unauthenticated.class);
    }

    @Test
    void a_staff_session_ends_when_its_account_is_deactivated() {
      assertThat(confide.listCases().list(fixture.otherAdviser, View.QUEUE).isDone()).isTrue();

      confide.administer().deactivateStaff(fixture.admin, "other@example.ac.uk");

      assertThat(confide.listCases().list(fixture.otherAdviser, View.QUEUE))
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.logInStaff().logIn("other@example.ac.uk", Fixture.PASSWORD.toCharArray()))
          .isInstanceOf(Outcome.Unauthenticated.class);
    }

    @Test
    void a_wrong_password_and_an_unknown_email_get_the_same_answer() {
      assertThat(confide.logInStaff().logIn("adviser@example.ac.uk", "wrong".toCharArray()))
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.logInStaff().logIn("nobody@example.ac.uk", "wrong".toCharArray()))
          .isInstanceOf(Outcome.Unauthenticated.class);
      assertThat(confide.logInStaff().logIn("not an email", "wrong".toCharArray()))
          .isInstanceOf(Outcome.Unauthenticated.class);
    }
  }
}
