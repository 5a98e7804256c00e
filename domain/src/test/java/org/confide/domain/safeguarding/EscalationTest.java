package org.confide.domain.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.confide.domain.safeguarding.EscalationState.Acknowledged;
import org.confide.domain.safeguarding.EscalationState.Raised;
import org.confide.domain.safeguarding.EscalationState.Referred;
import org.confide.domain.safeguarding.EscalationState.StoodDown;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EscalationTest {

  private static final Random RANDOM = new Random(42);
  private static final ReportReference REFERENCE = ReportReference.generate(RANDOM);
  private static final Instant RAISED_AT = Instant.parse("2025-03-03T10:00:00Z");
  private static final Instant LATER = RAISED_AT.plusSeconds(3600);
  private static final Instant LATER_STILL = LATER.plusSeconds(3600);
  private static final EscalationDecider LEAD =
      new EscalationDecider(StaffId.generate(RANDOM), Set.of(Role.SAFEGUARDING_LEAD));
  private static final EscalationDecider ADVISER =
      new EscalationDecider(StaffId.generate(RANDOM), Set.of(Role.ADVISER, Role.ADMIN));
  private static final Rationale WHY = new Rationale("Under 18 and at risk; duty to act.");
  private static final ReferralBody POLICE = new ReferralBody("Thames Valley Police");

  private static Escalation raised() {
    return Escalation.raiseAutomatically(
        EscalationId.generate(RANDOM), REFERENCE, RAISED_AT, List.of("A person under 18"));
  }

  private static Escalation decided(EscalationDecision decision) {
    return switch (decision) {
      case EscalationDecision.Decided decided -> decided.escalation();
      case EscalationDecision.NotAllowed notAllowed ->
          throw new AssertionError("not allowed: " + notAllowed.why());
    };
  }

  private static String refusal(EscalationDecision decision) {
    return switch (decision) {
      case EscalationDecision.Decided decided -> throw new AssertionError("was decided");
      case EscalationDecision.NotAllowed notAllowed -> notAllowed.why();
    };
  }

  private static Escalation acknowledged() {
    return decided(raised().acknowledge(LEAD, LATER, WHY));
  }

  private static Escalation referred() {
    return decided(raised().refer(LEAD, LATER, POLICE, WHY));
  }

  private static Escalation stoodDown() {
    return decided(raised().standDown(LEAD, LATER, WHY));
  }

  @Nested
  class Raising {

    @Test
    void the_risk_policy_raises_one_with_its_reasons() {
      var escalation =
          Escalation.raiseAutomatically(
              EscalationId.generate(RANDOM),
              REFERENCE,
              RAISED_AT,
              List.of(" A person under 18 ", "Immediate danger"));

      assertThat(escalation.status()).isEqualTo(EscalationStatus.RAISED);
      assertThat(escalation.isOpen()).isTrue();
      assertThat(escalation.reference()).isEqualTo(REFERENCE);
      assertThat(escalation.raisedAt()).isEqualTo(RAISED_AT);
      assertThat(escalation.trigger())
          .isEqualTo(
              new EscalationTrigger.Automatic(List.of("A person under 18", "Immediate danger")));
      assertThat(escalation.history()).hasSize(1);
    }

    @Test
    void a_staff_member_raises_one_by_hand_with_a_reason() {
      var by = StaffId.generate(RANDOM);

      var escalation =
          Escalation.raiseByHand(EscalationId.generate(RANDOM), REFERENCE, by, RAISED_AT, WHY);

      assertThat(escalation.status()).isEqualTo(EscalationStatus.RAISED);
      assertThat(escalation.trigger()).isEqualTo(new EscalationTrigger.ByHand(by, WHY));
    }

    @Test
    void raising_by_hand_needs_a_reason() {
      assertThatNullPointerException()
          .isThrownBy(() ->
              Escalation.raiseByHand(
                  EscalationId.generate(RANDOM),
                  REFERENCE,
                  StaffId.generate(RANDOM),
                  RAISED_AT,
                  null))
          .withMessage("escalation reason must not be null");
    }

    @Test
    void raising_automatically_needs_at_least_one_reason() {
      assertThatIllegalArgumentException()
          .isThrownBy(() ->
              Escalation.raiseAutomatically(
                  EscalationId.generate(RANDOM), REFERENCE, RAISED_AT, List.of()))
          .withMessage("escalation reasons must not be empty");
    }

    @Test
    void automatic_reasons_must_be_single_non_blank_lines() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new EscalationTrigger.Automatic(List.of(" ")))
          .withMessage("escalation reason must not be blank");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new EscalationTrigger.Automatic(List.of("one\ntwo")))
          .withMessage("escalation reason must be a single line");
    }
  }

  @Nested
  class AllowedTransitions {

    @Test
    void raised_to_acknowledged() {
      var escalation = acknowledged();

      assertThat(escalation.status()).isEqualTo(EscalationStatus.ACKNOWLEDGED);
      assertThat(escalation.isOpen()).isTrue();
      assertThat(escalation.state()).isEqualTo(new Acknowledged(LEAD.staff(), LATER, WHY));
    }

    @Test
    void raised_to_referred() {
      var escalation = referred();

      assertThat(escalation.status()).isEqualTo(EscalationStatus.REFERRED);
      assertThat(escalation.isOpen()).isFalse();
      assertThat(escalation.state()).isEqualTo(new Referred(LEAD.staff(), LATER, POLICE, WHY));
    }

    @Test
    void raised_to_stood_down() {
      var escalation = stoodDown();

      assertThat(escalation.status()).isEqualTo(EscalationStatus.STOOD_DOWN);
      assertThat(escalation.isOpen()).isFalse();
      assertThat(escalation.state()).isEqualTo(new StoodDown(LEAD.staff(), LATER, WHY));
    }

    @Test
    void acknowledged_to_referred() {
      var escalation = decided(acknowledged().refer(LEAD, LATER_STILL, POLICE, WHY));

      assertThat(escalation.status()).isEqualTo(EscalationStatus.REFERRED);
    }

    @Test
    void acknowledged_to_stood_down() {
      var escalation = decided(acknowledged().standDown(LEAD, LATER_STILL, WHY));

      assertThat(escalation.status()).isEqualTo(EscalationStatus.STOOD_DOWN);
    }

    @Test
    void the_history_records_every_step_in_order() {
      var escalation = decided(acknowledged().refer(LEAD, LATER_STILL, POLICE, WHY));

      assertThat(escalation.history())
          .extracting(EscalationState::status)
          .containsExactly(
              EscalationStatus.RAISED, EscalationStatus.ACKNOWLEDGED, EscalationStatus.REFERRED);
      assertThat(escalation.history().getFirst()).isInstanceOf(Raised.class);
      assertThat(escalation.raisedAt()).isEqualTo(RAISED_AT);
    }

    @Test
    void a_decision_leaves_the_original_escalation_alone() {
      var original = raised();

      original.acknowledge(LEAD, LATER, WHY);

      assertThat(original.status()).isEqualTo(EscalationStatus.RAISED);
    }

    @Test
    void a_decision_at_the_same_instant_as_the_raising_is_accepted() {
      assertThat(decided(raised().acknowledge(LEAD, RAISED_AT, WHY)).status())
          .isEqualTo(EscalationStatus.ACKNOWLEDGED);
    }

    @Test
    void a_lead_who_holds_other_roles_too_may_decide() {
      var both = new EscalationDecider(LEAD.staff(), Set.of(Role.ADVISER, Role.SAFEGUARDING_LEAD));

      assertThat(decided(raised().acknowledge(both, LATER, WHY)).status())
          .isEqualTo(EscalationStatus.ACKNOWLEDGED);
    }
  }

  @Nested
  class DisallowedTransitions {

    @Test
    void acknowledged_cannot_be_acknowledged_again() {
      assertThat(refusal(acknowledged().acknowledge(LEAD, LATER_STILL, WHY)))
          .isEqualTo("This escalation has already been acknowledged");
    }

    @Test
    void referred_cannot_be_acknowledged() {
      assertThat(refusal(referred().acknowledge(LEAD, LATER_STILL, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void referred_cannot_be_referred_again() {
      assertThat(refusal(referred().refer(LEAD, LATER_STILL, POLICE, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void referred_cannot_be_stood_down() {
      assertThat(refusal(referred().standDown(LEAD, LATER_STILL, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void stood_down_cannot_be_acknowledged() {
      assertThat(refusal(stoodDown().acknowledge(LEAD, LATER_STILL, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void stood_down_cannot_be_referred() {
      assertThat(refusal(stoodDown().refer(LEAD, LATER_STILL, POLICE, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void stood_down_cannot_be_stood_down_again() {
      assertThat(refusal(stoodDown().standDown(LEAD, LATER_STILL, WHY)))
          .isEqualTo("This escalation has already been closed");
    }

    @Test
    void a_decision_dated_before_the_previous_step_is_a_programming_error() {
      var escalation = acknowledged();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> escalation.standDown(LEAD, RAISED_AT, WHY))
          .withMessage("decided at must not be before the previous step");
    }
  }

  @Nested
  class OnlyLeadsDecide {

    private static final String NOT_A_LEAD = "Only a safeguarding lead may decide an escalation";

    @Test
    void an_adviser_cannot_acknowledge() {
      assertThat(refusal(raised().acknowledge(ADVISER, LATER, WHY))).isEqualTo(NOT_A_LEAD);
    }

    @Test
    void an_adviser_cannot_refer() {
      assertThat(refusal(raised().refer(ADVISER, LATER, POLICE, WHY))).isEqualTo(NOT_A_LEAD);
    }

    @Test
    void an_adviser_cannot_stand_down() {
      assertThat(refusal(acknowledged().standDown(ADVISER, LATER_STILL, WHY)))
          .isEqualTo(NOT_A_LEAD);
    }

    @Test
    void someone_with_no_roles_cannot_decide() {
      var nobody = new EscalationDecider(StaffId.generate(RANDOM), Set.of());

      assertThat(refusal(raised().acknowledge(nobody, LATER, WHY))).isEqualTo(NOT_A_LEAD);
    }
  }

  @Nested
  class RationaleIsRequired {

    @Test
    void a_missing_rationale_is_refused_for_every_decision() {
      var escalation = raised();

      assertThatNullPointerException()
          .isThrownBy(() -> escalation.acknowledge(LEAD, LATER, null))
          .withMessage("rationale must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> escalation.refer(LEAD, LATER, POLICE, null))
          .withMessage("rationale must not be null");
      assertThatNullPointerException()
          .isThrownBy(() -> escalation.standDown(ADVISER, LATER, null))
          .withMessage("rationale must not be null");
    }

    @Test
    void a_blank_rationale_cannot_be_written() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Rationale("   "))
          .withMessage("rationale must not be blank");
    }

    @Test
    void a_rationale_is_trimmed_and_at_most_four_thousand_characters() {
      assertThat(new Rationale("  Referred per policy.  ").text())
          .isEqualTo("Referred per policy.");
      assertThat(new Rationale("x".repeat(4000)).text()).hasSize(4000);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new Rationale("x".repeat(4001)))
          .withMessage("rationale must be at most 4000 characters");
    }

    @Test
    void a_rationale_refuses_control_characters_and_hides_its_text() {
      assertThatIllegalArgumentException().isThrownBy(() -> new Rationale("bad\u0000"));
      assertThat(new Rationale("named person details").toString()).isEqualTo("Rationale[hidden]");
    }

    @Test
    void a_referral_body_is_one_line_of_at_most_two_hundred_characters() {
      assertThat(new ReferralBody(" Oxfordshire Children's Services ").name())
          .isEqualTo("Oxfordshire Children's Services");
      assertThat(new ReferralBody("x".repeat(200)).name()).hasSize(200);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ReferralBody("x".repeat(201)))
          .withMessage("referral body must be at most 200 characters");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ReferralBody(""))
          .withMessage("referral body must not be blank");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ReferralBody("Police\nSocial services"))
          .withMessage("referral body must be a single line");
    }
  }

  @Nested
  class AcknowledgementDeadline {

    private final Instant due = RAISED_AT.plusSeconds(4 * 3600);

    @Test
    void a_raised_escalation_past_its_due_time_is_overdue() {
      assertThat(raised().acknowledgementOverdue(due.plusSeconds(1), due)).isTrue();
    }

    @Test
    void a_raised_escalation_at_or_before_its_due_time_is_not_overdue() {
      assertThat(raised().acknowledgementOverdue(due, due)).isFalse();
      assertThat(raised().acknowledgementOverdue(RAISED_AT, due)).isFalse();
    }

    @Test
    void an_acknowledged_or_closed_escalation_is_never_overdue() {
      var late = due.plusSeconds(86_400);

      assertThat(acknowledged().acknowledgementOverdue(late, due)).isFalse();
      assertThat(referred().acknowledgementOverdue(late, due)).isFalse();
      assertThat(stoodDown().acknowledgementOverdue(late, due)).isFalse();
    }
  }

  @Nested
  class Reconstituting {

    private final Raised raisedStep =
        new Raised(RAISED_AT, new EscalationTrigger.Automatic(List.of("Immediate danger")));
    private final Acknowledged acknowledgedStep = new Acknowledged(LEAD.staff(), LATER, WHY);
    private final Referred referredStep = new Referred(LEAD.staff(), LATER_STILL, POLICE, WHY);
    private final StoodDown stoodDownStep = new StoodDown(LEAD.staff(), LATER_STILL, WHY);

    private Escalation reconstitute(EscalationState... steps) {
      return Escalation.reconstitute(EscalationId.generate(RANDOM), REFERENCE, List.of(steps));
    }

    @Test
    void a_decided_escalation_comes_back_equal() {
      var escalation = decided(acknowledged().refer(LEAD, LATER_STILL, POLICE, WHY));

      var again =
          Escalation.reconstitute(escalation.id(), escalation.reference(), escalation.history());

      assertThat(again).isEqualTo(escalation).hasSameHashCodeAs(escalation);
    }

    @Test
    void every_allowed_history_is_accepted() {
      assertThat(reconstitute(raisedStep).status()).isEqualTo(EscalationStatus.RAISED);
      assertThat(reconstitute(raisedStep, acknowledgedStep).status())
          .isEqualTo(EscalationStatus.ACKNOWLEDGED);
      assertThat(reconstitute(raisedStep, referredStep).status())
          .isEqualTo(EscalationStatus.REFERRED);
      assertThat(reconstitute(raisedStep, stoodDownStep).status())
          .isEqualTo(EscalationStatus.STOOD_DOWN);
      assertThat(reconstitute(raisedStep, acknowledgedStep, referredStep).status())
          .isEqualTo(EscalationStatus.REFERRED);
      assertThat(reconstitute(raisedStep, acknowledgedStep, stoodDownStep).status())
          .isEqualTo(EscalationStatus.STOOD_DOWN);
    }

    @Test
    void an_empty_history_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(this::reconstitute)
          .withMessage("history must start with the escalation being raised");
    }

    @Test
    void a_history_that_does_not_start_with_raising_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(acknowledgedStep, referredStep))
          .withMessage("history must start with the escalation being raised");
    }

    @Test
    void a_second_raising_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(raisedStep, raisedStep))
          .withMessage("history must not go from RAISED to RAISED");
    }

    @Test
    void a_second_acknowledgement_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(raisedStep, acknowledgedStep, acknowledgedStep))
          .withMessage("history must not go from ACKNOWLEDGED to ACKNOWLEDGED");
    }

    @Test
    void a_step_after_closing_is_refused() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(raisedStep, referredStep, stoodDownStep))
          .withMessage("history must not go from REFERRED to STOOD_DOWN");
    }

    @Test
    void steps_out_of_time_order_are_refused() {
      var early = new Acknowledged(LEAD.staff(), RAISED_AT.minusSeconds(1), WHY);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> reconstitute(raisedStep, early))
          .withMessage("history steps must be in time order");
    }
  }

  @Test
  void escalation_ids_are_random_and_parse_back() {
    var id = EscalationId.generate(RANDOM);

    assertThat(EscalationId.parse(id.toString())).isEqualTo(id);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> EscalationId.parse("not-an-id"))
        .withMessage("escalation id is not a valid id");
  }
}
