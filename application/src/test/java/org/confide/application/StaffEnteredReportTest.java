package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.port.in.EnterReportUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.ListCasesUseCase;
import org.confide.application.port.in.ListCasesUseCase.View;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SubmitReportUseCase.ContactInput;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.questionnaire.RawAnswer;
import org.confide.domain.report.Channel;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.report.StaffEntry;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: an adviser enters a report for someone who told them in person, by phone or by email,
 * and it is received as a reporter's own would be, marked with the channel and who entered it.
 */
class StaffEnteredReportTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private static EnterReportUseCase.Command anonymous(
      Channel channel, Map<String, RawAnswer> answers, boolean take) {
    return new EnterReportUseCase.Command(
        QuestionnaireVersion.of(1),
        answers,
        Optional.of("They told me after the lecture."),
        channel,
        true,
        Optional.empty(),
        Optional.empty(),
        take,
        Optional.empty());
  }

  private EnterReportUseCase.Entered enter(EnterReportUseCase.Command command) {
    return confide.enterReport().enter(fixture.adviser, command).orElseThrow();
  }

  private StaffId id(String email) {
    return fixture.ports.staffDirectory().findByEmail(EmailAddress.of(email)).orElseThrow().id();
  }

  private java.util.List<org.confide.domain.audit.AuditEvent> audited(ReportReference reference) {
    return fixture
        .ports
        .auditTrail()
        .between(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.of(reference), 10);
  }

  private ViewCaseUseCase.CaseFile caseFile(SessionToken who, ReportReference reference) {
    return confide.viewCase().view(who, new ViewCaseUseCase.Command(reference)).orElseThrow();
  }

  @Nested
  class LikeAReportersOwn {

    @Test
    void an_entry_left_in_the_queue_is_new_unassigned_and_told_to_the_advisers() {
      var entered = enter(anonymous(Channel.PHONE, Fixture.calmAnswers(), false));

      assertThat(entered.taken()).isFalse();
      var report = fixture.ports.reports().find(entered.reference()).orElseThrow();
      assertThat(report.status()).isEqualTo(ReportStatus.NEW);
      assertThat(report.assignee()).isEmpty();
      assertThat(report.staffEntry())
          .contains(new StaffEntry(Channel.PHONE, id("adviser@example.ac.uk")));
      assertThat(Outbox.lines(fixture))
          .containsExactly(
              "NEW_REPORT adviser@example.ac.uk " + entered.reference().value(),
              "NEW_REPORT other@example.ac.uk " + entered.reference().value());
    }

    @Test
    void an_urgent_entry_is_escalated_at_once_and_told_to_every_safeguarding_lead() {
      var answers = new HashMap<>(Fixture.calmAnswers());
      answers.put("immediate-danger", RawAnswer.of("yes"));

      var entered = enter(anonymous(Channel.IN_PERSON, answers, false));

      assertThat(entered.immediateDanger()).isTrue();
      assertThat(fixture.ports.escalations().of(entered.reference())).hasSize(1);
      assertThat(fixture.ports.reports().find(entered.reference()).orElseThrow().risk())
          .isEqualTo(RiskLevel.URGENT);
      assertThat(Outbox.lines(fixture))
          .contains("URGENT_ESCALATION lead@example.ac.uk " + entered.reference().value());
    }

    @Test
    void an_entry_is_counted_in_the_trends_as_a_submission_is() {
      var month = YearMonth.of(2026, 11);
      long before = reports(month);

      enter(anonymous(Channel.EMAIL, Fixture.calmAnswers(), true));

      assertThat(reports(month)).isEqualTo(before + 1);
    }

    private long reports(YearMonth month) {
      return fixture.trendFacts().count(month, month, Set.of()).stream()
          .mapToLong(tally -> tally.reports())
          .sum();
    }

    @Test
    void every_problem_with_the_answers_is_named_at_once_and_nothing_is_stored() {
      var answers = new HashMap<>(Fixture.calmAnswers());
      answers.remove("incident-type");
      answers.put("where", RawAnswer.of("the-moon"));

      var outcome =
          confide.enterReport().enter(fixture.adviser, anonymous(Channel.PHONE, answers, true));

      assertThat(outcome).is(failedWith(Failure.Invalid.class));
      assertThat(
              ((Failure.Invalid)
                      ((org.confide.application.port.in.Outcome.Failed<?, ?>) outcome).failure())
                  .problems())
          .extracting(problem -> problem.field())
          .contains("answers.incident-type", "answers.where");
      assertThat(Outbox.lines(fixture)).isEmpty();
    }
  }

  @Nested
  class WhatSetsItApart {

    @Test
    void an_entry_the_adviser_takes_is_theirs_at_once_and_the_queue_is_not_told() {
      var entered = enter(anonymous(Channel.IN_PERSON, Fixture.calmAnswers(), true));

      assertThat(entered.taken()).isTrue();
      var report = fixture.ports.reports().find(entered.reference()).orElseThrow();
      assertThat(report.status()).isEqualTo(ReportStatus.OPEN);
      assertThat(report.assignee()).contains(id("adviser@example.ac.uk"));
      assertThat(Outbox.lines(fixture)).isEmpty();
    }

    @Test
    void no_access_code_is_issued_so_an_anonymous_entry_has_no_thread() {
      var entered = enter(anonymous(Channel.PHONE, Fixture.calmAnswers(), true));

      var file = caseFile(fixture.adviser, entered.reference());
      assertThat(file.twoWayMessaging()).isFalse();
      assertThat(fixture.ports.reports().find(entered.reference()).orElseThrow().twoWayMessaging())
          .isFalse();
      assertThat(file.entered())
          .contains(new ViewCaseUseCase.Entered(Channel.PHONE, "Alex Adviser"));
    }

    @Test
    void a_named_entry_shows_the_adviser_the_contact_details_given() {
      var command =
          new EnterReportUseCase.Command(
              QuestionnaireVersion.of(1),
              Fixture.calmAnswers(),
              Optional.empty(),
              Channel.EMAIL,
              false,
              Optional.of(new ContactInput("Sam Reporter", "sam@example.ac.uk", "")),
              Optional.empty(),
              true,
              Optional.empty());

      var entered = enter(command);

      var file = caseFile(fixture.adviser, entered.reference());
      assertThat(file.contact())
          .hasValueSatisfying(contact -> {
            assertThat(contact.name()).isEqualTo("Sam Reporter");
            assertThat(contact.email()).contains("sam@example.ac.uk");
          });
      assertThat(file.entered()).map(ViewCaseUseCase.Entered::channel).contains(Channel.EMAIL);
    }

    @Test
    void the_case_lists_show_the_channel_and_a_reporters_own_report_none() {
      var entered = enter(anonymous(Channel.PHONE, Fixture.calmAnswers(), false));
      var sent = fixture.submit(Fixture.anonymous("I sent this myself.")).reference();

      var cases =
          confide
              .listCases()
              .list(fixture.adviser, ListCasesUseCase.Command.firstPage(View.QUEUE))
              .orElseThrow()
              .cases();

      assertThat(cases)
          .filteredOn(c -> c.reference().equals(entered.reference()))
          .singleElement()
          .satisfies(c -> assertThat(c.channel()).contains(Channel.PHONE));
      assertThat(cases)
          .filteredOn(c -> c.reference().equals(sent))
          .singleElement()
          .satisfies(c -> assertThat(c.channel()).isEmpty());
    }

    @Test
    void the_entry_is_audited_as_the_advisers_action_with_the_channel_and_no_content() {
      var entered = enter(anonymous(Channel.IN_PERSON, Fixture.calmAnswers(), true));

      var events = audited(entered.reference());

      assertThat(events)
          .filteredOn(event -> event.action() == AuditAction.REPORT_ENTERED)
          .singleElement()
          .satisfies(event -> {
            assertThat(event.actor()).isEqualTo(Actor.staff(id("adviser@example.ac.uk")));
            assertThat(event.detail())
                .isEqualTo("in-person, taken by the adviser")
                .doesNotContain("lecture");
          });
    }

    @Test
    void analysts_and_administrators_may_not_enter_a_report() {
      for (var who : java.util.List.of(fixture.analyst, fixture.admin)) {
        assertThat(
                confide
                    .enterReport()
                    .enter(who, anonymous(Channel.PHONE, Fixture.calmAnswers(), true)))
            .is(failedWith(Failure.Forbidden.class));
      }
      assertThat(Outbox.lines(fixture)).isEmpty();
    }
  }

  @Nested
  class SentTwice {

    private static final String KEY = "entry-form-key-0001";

    @Test
    void the_same_entry_sent_again_with_its_key_answers_the_first_report_and_makes_no_second() {
      var command = anonymous(Channel.PHONE, Fixture.calmAnswers(), true).withKey(KEY);
      var first = enter(command);
      long reports = fixture.ports.reports().count();

      var again = enter(command);

      assertThat(again.reference()).isEqualTo(first.reference());
      assertThat(again.taken()).isTrue();
      assertThat(again.responseDueBy()).isEqualTo(first.responseDueBy());
      assertThat(fixture.ports.reports().count()).isEqualTo(reports);
      assertThat(audited(first.reference()))
          .filteredOn(event -> event.action() == AuditAction.REPORT_ENTERED)
          .hasSize(1);
    }

    /** Enters {@code command}, which is refused on its key, and shows nothing was entered. */
    private void refusedOnItsKey(EnterReportUseCase.Command command) {
      long reports = fixture.ports.reports().count();

      var outcome = confide.enterReport().enter(fixture.adviser, command);

      assertThat(org.confide.testing.Failures.fields(outcome)).containsExactly("Idempotency-Key");
      assertThat(fixture.ports.reports().count()).isEqualTo(reports);
    }

    @Test
    void a_key_used_again_for_a_different_entry_is_refused_and_enters_nothing() {
      enter(anonymous(Channel.PHONE, Fixture.calmAnswers(), true).withKey(KEY));

      refusedOnItsKey(anonymous(Channel.EMAIL, Fixture.calmAnswers(), true).withKey(KEY));
    }

    @Test
    void two_advisers_using_the_same_key_each_enter_their_own_report() {
      var command = anonymous(Channel.PHONE, Fixture.calmAnswers(), false).withKey(KEY);

      var mine = enter(command);
      var theirs = confide.enterReport().enter(fixture.otherAdviser, command).orElseThrow();

      assertThat(theirs.reference()).isNotEqualTo(mine.reference());
    }

    @Test
    void a_key_of_the_wrong_length_is_named_and_nothing_is_entered() {
      refusedOnItsKey(anonymous(Channel.PHONE, Fixture.calmAnswers(), true).withKey("too-short"));
    }
  }
}
