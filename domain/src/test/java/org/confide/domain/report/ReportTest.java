package org.confide.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import org.confide.domain.questionnaire.Answers;
import org.confide.domain.questionnaire.QuestionnaireVersion;
import org.confide.domain.safeguarding.RiskLevel;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportTest {

  private static final Random RANDOM = new Random(1);
  private static final StaffId ALICE = StaffId.generate(RANDOM);
  private static final StaffId BOB = StaffId.generate(RANDOM);
  private static final Instant LATER = AReport.RECEIVED_AT.plusSeconds(3_600);
  private static final Instant MUCH_LATER = AReport.RECEIVED_AT.plusSeconds(86_400);

  private static Report changed(Report.Change change) {
    assertThat(change).isInstanceOf(Report.Change.Changed.class);
    return ((Report.Change.Changed) change).report();
  }

  private static String description(Report.Change change) {
    assertThat(change).isInstanceOf(Report.Change.Changed.class);
    return ((Report.Change.Changed) change).description();
  }

  private static String refusal(Report.Change change) {
    assertThat(change).isInstanceOf(Report.Change.Refused.class);
    return ((Report.Change.Refused) change).reason();
  }

  private static void assertUnchanged(Report.Change change, Report original) {
    assertThat(change).isInstanceOf(Report.Change.Unchanged.class);
    assertThat(((Report.Change.Unchanged) change).report()).isSameAs(original);
  }

  private static Report openAssignedTo(StaffId adviser) {
    return changed(AReport.anonymous().submit().assignTo(adviser));
  }

  private static Report closed() {
    return changed(openAssignedTo(ALICE).moveTo(ReportStatus.CLOSED, LATER));
  }

  @Nested
  class Submitting {

    @Test
    void a_new_report_is_new_unassigned_and_not_closed() {
      var report = AReport.anonymous().submit();

      assertThat(report.status()).isEqualTo(ReportStatus.NEW);
      assertThat(report.assignee()).isEmpty();
      assertThat(report.closedAt()).isEmpty();
      assertThat(report.isAssignedTo(ALICE)).isFalse();
    }

    @Test
    void a_new_report_keeps_everything_it_was_submitted_with() {
      var submission =
          AReport.anonymous()
              .withAccount("  What happened, in my words.  ")
              .withTwoWayMessaging()
              .withRisk(RiskLevel.CONCERN)
              .submission();

      var report = Report.submit(submission);

      assertThat(report.reference()).isEqualTo(submission.reference());
      assertThat(report.questionnaireVersion()).isEqualTo(QuestionnaireVersion.of(1));
      assertThat(report.answers()).isEqualTo(submission.answers());
      assertThat(report.account()).contains(new Account("What happened, in my words."));
      assertThat(report.receivedAt()).isEqualTo(AReport.RECEIVED_AT);
      assertThat(report.isAnonymous()).isTrue();
      assertThat(report.twoWayMessaging()).isTrue();
      assertThat(report.supportRequest()).isEmpty();
      assertThat(report.risk()).isEqualTo(RiskLevel.CONCERN);
    }

    @Test
    void an_anonymous_reporter_may_opt_in_to_two_way_messaging() {
      var report = AReport.anonymous().withTwoWayMessaging().submit();

      assertThat(report.twoWayMessaging()).isTrue();
      assertThat(report.anonymity()).isEqualTo(Anonymity.anonymous());
    }

    @Test
    void a_named_reporter_cannot_have_two_way_messaging() {
      var submission = AReport.named().withTwoWayMessaging().submission();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Report.submit(submission))
          .withMessageContaining("two-way messaging is for anonymous reports");
    }

    @Test
    void a_named_reporter_may_ask_for_support() {
      var request = new SupportRequest(Optional.of("a woman"));

      var report = AReport.named().withSupportRequest(request).submit();

      assertThat(report.supportRequest()).contains(request);
      assertThat(report.anonymity()).isEqualTo(Anonymity.named(AReport.aContact()));
      assertThat(report.isAnonymous()).isFalse();
    }

    @Test
    void an_anonymous_reporter_cannot_ask_for_support_because_nobody_could_reach_them() {
      var submission =
          AReport.anonymous().withSupportRequest(SupportRequest.withoutPreference()).submission();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Report.submit(submission))
          .withMessageContaining("support request needs contact details");
    }

    @Test
    void a_report_is_equal_to_one_built_from_the_same_submission() {
      var first = AReport.anonymous().submit();
      var second = AReport.anonymous().submit();

      assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
      assertThat(first).isNotEqualTo(AReport.anonymous().withTwoWayMessaging().submit());
    }
  }

  @Nested
  class Assigning {

    @Test
    void assigning_a_new_report_opens_it() {
      var report = AReport.anonymous().submit();

      var change = report.assignTo(ALICE);

      assertThat(description(change)).isEqualTo("assigned");
      var assigned = changed(change);
      assertThat(assigned.status()).isEqualTo(ReportStatus.OPEN);
      assertThat(assigned.assignee()).contains(ALICE);
      assertThat(assigned.isAssignedTo(ALICE)).isTrue();
      assertThat(assigned.isAssignedTo(BOB)).isFalse();
    }

    @Test
    void assigning_to_the_same_adviser_again_changes_nothing() {
      var report = openAssignedTo(ALICE);

      assertUnchanged(report.assignTo(ALICE), report);
    }

    @Test
    void assigning_an_open_case_to_someone_else_reassigns_it() {
      var report = openAssignedTo(ALICE);

      var reassigned = changed(report.assignTo(BOB));

      assertThat(reassigned.assignee()).contains(BOB);
      assertThat(reassigned.status()).isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void a_closed_case_cannot_be_assigned_until_it_is_reopened() {
      var report = closed();

      assertThat(refusal(report.assignTo(BOB))).contains("reopened");
      assertThat(refusal(report.assignTo(ALICE))).contains("reopened");
    }

    @Test
    void unassigning_returns_an_open_case_to_the_queue() {
      var report = openAssignedTo(ALICE);

      var change = report.unassign();

      assertThat(description(change)).isEqualTo("unassigned");
      assertThat(changed(change).assignee()).isEmpty();
      assertThat(changed(change).status()).isEqualTo(ReportStatus.OPEN);
    }

    @Test
    void unassigning_an_unassigned_case_changes_nothing() {
      var report = AReport.anonymous().submit();

      assertUnchanged(report.unassign(), report);
    }

    @Test
    void a_closed_case_keeps_the_adviser_who_closed_it() {
      var report = closed();

      assertThat(refusal(report.unassign())).contains("keeps the adviser");
    }
  }

  @Nested
  class MovingBetweenStatuses {

    @Test
    void a_new_report_can_be_opened() {
      var report = AReport.anonymous().submit();

      var change = report.moveTo(ReportStatus.OPEN, LATER);

      assertThat(description(change)).isEqualTo("NEW -> OPEN");
      assertThat(changed(change).status()).isEqualTo(ReportStatus.OPEN);
      assertThat(changed(change).closedAt()).isEmpty();
      assertThat(changed(change).assignee()).isEmpty();
    }

    @Test
    void closing_a_new_report_records_when_it_was_closed() {
      var report = AReport.anonymous().submit();

      var change = report.moveTo(ReportStatus.CLOSED, LATER);

      assertThat(description(change)).isEqualTo("NEW -> CLOSED");
      assertThat(changed(change).status()).isEqualTo(ReportStatus.CLOSED);
      assertThat(changed(change).closedAt()).contains(LATER);
    }

    @Test
    void closing_an_open_case_keeps_its_adviser() {
      var report = openAssignedTo(ALICE);

      var closed = changed(report.moveTo(ReportStatus.CLOSED, LATER));

      assertThat(closed.closedAt()).contains(LATER);
      assertThat(closed.assignee()).contains(ALICE);
    }

    @Test
    void reopening_a_closed_case_clears_when_it_was_closed() {
      var report = closed();

      var change = report.moveTo(ReportStatus.OPEN, MUCH_LATER);

      assertThat(description(change)).isEqualTo("CLOSED -> OPEN");
      assertThat(changed(change).status()).isEqualTo(ReportStatus.OPEN);
      assertThat(changed(change).closedAt()).isEmpty();
      assertThat(changed(change).assignee()).contains(ALICE);
    }

    @Test
    void a_reopened_case_can_be_closed_again_at_the_new_time() {
      var reopened = changed(closed().moveTo(ReportStatus.OPEN, LATER));

      var closedAgain = changed(reopened.moveTo(ReportStatus.CLOSED, MUCH_LATER));

      assertThat(closedAgain.closedAt()).contains(MUCH_LATER);
    }

    @ParameterizedTest
    @EnumSource(
        value = ReportStatus.class,
        names = {"OPEN", "CLOSED"})
    void nothing_goes_back_to_new(ReportStatus from) {
      var report =
          from == ReportStatus.OPEN
              ? changed(AReport.anonymous().submit().moveTo(ReportStatus.OPEN, LATER))
              : closed();

      assertThat(refusal(report.moveTo(ReportStatus.NEW, MUCH_LATER))).contains("NEW");
    }

    @Test
    void moving_to_the_status_it_already_has_changes_nothing() {
      var fresh = AReport.anonymous().submit();
      var open = openAssignedTo(ALICE);
      var closed = closed();

      assertUnchanged(fresh.moveTo(ReportStatus.NEW, LATER), fresh);
      assertUnchanged(open.moveTo(ReportStatus.OPEN, LATER), open);
      assertUnchanged(closed.moveTo(ReportStatus.CLOSED, MUCH_LATER), closed);
      assertThat(closed.closedAt()).contains(LATER);
    }
  }

  @Nested
  class SharingContactDetails {

    @Test
    void an_anonymous_reporter_who_shares_details_becomes_named() {
      var report = AReport.anonymous().withTwoWayMessaging().submit();

      var change = report.shareContactDetails(AReport.aContact());

      assertThat(description(change)).isEqualTo("anonymous -> named");
      var named = changed(change);
      assertThat(named.isAnonymous()).isFalse();
      assertThat(named.anonymity()).isEqualTo(Anonymity.named(AReport.aContact()));
      assertThat(named.twoWayMessaging()).isTrue();
      assertThat(named.status()).isEqualTo(report.status());
    }

    @Test
    void sharing_the_same_details_again_changes_nothing() {
      var report = AReport.named().submit();

      assertUnchanged(report.shareContactDetails(AReport.aContact()), report);
    }

    @Test
    void sharing_the_same_details_typed_with_extra_spaces_changes_nothing() {
      var report = AReport.named().submit();
      var sameDetails =
          new ContactDetails(
              "  Alex Example ",
              Optional.of(" alex@example.ac.uk "),
              Optional.of(" +44 20 7946 0958 "));

      assertUnchanged(report.shareContactDetails(sameDetails), report);
    }

    @Test
    void a_named_reporter_can_update_their_details() {
      var report = AReport.named().submit();
      var newDetails =
          new ContactDetails("Alex Example", Optional.of("alex@example.org"), Optional.empty());

      var change = report.shareContactDetails(newDetails);

      assertThat(description(change)).isEqualTo("contact details updated");
      assertThat(changed(change).anonymity()).isEqualTo(Anonymity.named(newDetails));
    }

    @Test
    void the_change_description_never_contains_the_details() {
      var change = AReport.anonymous().submit().shareContactDetails(AReport.aContact());

      assertThat(description(change))
          .doesNotContain("Alex")
          .doesNotContain("alex@example.ac.uk")
          .doesNotContain("7946");
    }

    @Test
    void no_transition_makes_a_named_report_anonymous_again() {
      var report = AReport.named().submit();

      var afterEverything =
          changed(
                  changed(changed(report.assignTo(ALICE)).unassign())
                      .moveTo(ReportStatus.CLOSED, LATER))
              .withRiskAtLeast(RiskLevel.URGENT);

      assertThat(afterEverything.isAnonymous()).isFalse();
      assertThat(afterEverything.anonymity()).isEqualTo(Anonymity.named(AReport.aContact()));
    }
  }

  @Nested
  class Risk {

    @Test
    void risk_can_be_raised() {
      var report = AReport.anonymous().submit();

      assertThat(report.withRiskAtLeast(RiskLevel.CONCERN).risk()).isEqualTo(RiskLevel.CONCERN);
      assertThat(report.withRiskAtLeast(RiskLevel.URGENT).risk()).isEqualTo(RiskLevel.URGENT);
    }

    @Test
    void risk_never_goes_down() {
      var report = AReport.anonymous().withRisk(RiskLevel.URGENT).submit();

      assertThat(report.withRiskAtLeast(RiskLevel.NONE)).isSameAs(report);
      assertThat(report.withRiskAtLeast(RiskLevel.CONCERN)).isSameAs(report);
      assertThat(report.withRiskAtLeast(RiskLevel.URGENT)).isSameAs(report);
    }

    @Test
    void raising_risk_keeps_everything_else() {
      var report = openAssignedTo(ALICE);

      var raised = report.withRiskAtLeast(RiskLevel.URGENT);

      assertThat(raised.status()).isEqualTo(ReportStatus.OPEN);
      assertThat(raised.assignee()).contains(ALICE);
      assertThat(raised.reference()).isEqualTo(report.reference());
      assertThat(raised.answers()).isEqualTo(report.answers());
    }
  }

  @Nested
  class Immutability {

    @Test
    void transitions_leave_the_original_report_as_it_was() {
      var original = AReport.anonymous().submit();
      var copy = AReport.anonymous().submit();

      changed(original.assignTo(ALICE));
      changed(original.moveTo(ReportStatus.CLOSED, LATER));
      changed(original.shareContactDetails(AReport.aContact()));
      original.withRiskAtLeast(RiskLevel.URGENT);

      assertThat(original).isEqualTo(copy);
      assertThat(original.status()).isEqualTo(ReportStatus.NEW);
      assertThat(original.assignee()).isEmpty();
      assertThat(original.closedAt()).isEmpty();
      assertThat(original.isAnonymous()).isTrue();
      assertThat(original.risk()).isEqualTo(RiskLevel.NONE);
    }
  }

  @Nested
  class SafeguardingHolds {

    @Test
    void a_held_report_keeps_its_case_as_it_was_and_records_when_erasure_was_asked() {
      var assigned = openAssignedTo(ALICE);

      var held = assigned.holdForSafeguarding(LATER);

      assertThat(held.isHeld()).isTrue();
      assertThat(held.erasureRequestedAt()).contains(LATER);
      assertThat(held.status()).isEqualTo(assigned.status());
      assertThat(held.assignee()).isEqualTo(assigned.assignee());
      assertThat(held).isNotEqualTo(assigned);
      assertThat(held.holdForSafeguarding(LATER.plusSeconds(60))).isSameAs(held);
    }

    @Test
    void a_held_report_cannot_be_assigned_unassigned_or_moved() {
      var held = openAssignedTo(ALICE).holdForSafeguarding(LATER);

      assertThat(held.assignTo(BOB)).isInstanceOf(Report.Change.Refused.class);
      assertThat(held.unassign()).isInstanceOf(Report.Change.Refused.class);
      assertThat(held.moveTo(ReportStatus.CLOSED, LATER)).isInstanceOf(Report.Change.Refused.class);
      assertThat(AReport.anonymous().submit().isHeld()).isFalse();
    }
  }

  @Nested
  class Reconstituting {

    private Report reconstitute(
        ReportStatus status, Optional<StaffId> assignee, Optional<Instant> closedAt) {
      return new Report(
          ReportReference.parse("ABCDE-12345"),
          QuestionnaireVersion.of(2),
          Answers.none(),
          Optional.empty(),
          AReport.RECEIVED_AT,
          Anonymity.anonymous(),
          false,
          Optional.empty(),
          RiskLevel.NONE,
          status,
          assignee,
          closedAt,
          Optional.empty(),
          3,
          Optional.empty());
    }

    @Test
    void a_well_formed_stored_report_comes_back_as_it_was() {
      var report = reconstitute(ReportStatus.CLOSED, Optional.of(ALICE), Optional.of(LATER));

      assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
      assertThat(report.assignee()).contains(ALICE);
      assertThat(report.closedAt()).contains(LATER);
      assertThat(report.questionnaireVersion()).isEqualTo(QuestionnaireVersion.of(2));
    }

    @Test
    void a_report_that_went_through_transitions_reconstitutes_equal() {
      var report = closed();

      var rebuilt =
          new Report(
              report.reference(),
              report.questionnaireVersion(),
              report.answers(),
              report.account(),
              report.receivedAt(),
              report.anonymity(),
              report.twoWayMessaging(),
              report.supportRequest(),
              report.risk(),
              report.status(),
              report.assignee(),
              report.closedAt(),
              report.erasureRequestedAt(),
              7,
              report.staffEntry());

      assertThat(rebuilt).isEqualTo(report).hasSameHashCodeAs(report);
      assertThat(rebuilt.version()).isEqualTo(7);
    }

    @Test
    void a_transition_keeps_the_version_it_was_read_as_and_a_new_report_starts_at_zero() {
      var stored = AReport.anonymous().submit().storedAs(4);

      var assigned = changed(stored.assignTo(ALICE));

      assertThat(AReport.anonymous().submit().version()).isZero();
      assertThat(assigned.version()).isEqualTo(4);
      assertThat(assigned.storedAs(5).version()).isEqualTo(5);
    }

    @Test
    void a_new_report_with_an_assignee_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(ReportStatus.NEW, Optional.of(ALICE), Optional.empty()))
          .withMessageContaining("NEW report has no assignee");
    }

    @Test
    void a_closed_report_without_a_closing_time_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(ReportStatus.CLOSED, Optional.of(ALICE), Optional.empty()))
          .withMessageContaining("closed at");
    }

    @Test
    void an_open_report_with_a_closing_time_is_rejected() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(ReportStatus.OPEN, Optional.empty(), Optional.of(LATER)))
          .withMessageContaining("closed at");
    }
  }

  @Nested
  class Printing {

    @Test
    void to_string_shows_reference_status_and_risk_only() {
      var report =
          AReport.named()
              .withAccount("Dr Secret shouted at me in room 4.12")
              .withSingleChoice("where", "on-campus")
              .withSupportRequest(new SupportRequest(Optional.of("a woman")))
              .submit();

      assertThat(report.toString())
          .isEqualTo("Report[" + report.reference().display() + ", NEW, NONE]")
          .doesNotContain("Secret")
          .doesNotContain("harassment")
          .doesNotContain("on-campus")
          .doesNotContain("Alex")
          .doesNotContain("alex@example.ac.uk")
          .doesNotContain("7946")
          .doesNotContain("woman");
    }
  }
}
