package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.safeguarding.EscalationId;

/** A safeguarding lead decides escalations. */
public interface DecideEscalationUseCase {

  /**
   * Records the decision, with its written rationale, on an escalation. A decision its state does
   * not allow (acknowledging twice, deciding a closed one) is {@link Failure.Refused}; a missing
   * rationale, or a referral to no one, is {@link Failure.Invalid}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which escalation, and what was decided
   * @return {@link Outcome.Ok} once the decision is recorded, or why not (one of {@link
   *     CaseActionFailure})
   */
  Outcome<Outcome.Ok, CaseActionFailure> decide(SessionToken session, Command command);

  /**
   * Which escalation, and what was decided.
   *
   * @param escalation the escalation
   * @param decision the decision with its rationale
   */
  record Command(EscalationId escalation, Decision decision) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(escalation, "escalation must not be null");
      Objects.requireNonNull(decision, "decision must not be null");
    }
  }

  /** What a lead decided, each with the rationale as typed. */
  sealed interface Decision {
    /**
     * The lead has seen it and is acting.
     *
     * @param rationale why, as typed; required
     */
    record Acknowledge(String rationale) implements Decision {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Acknowledge {
        Objects.requireNonNull(rationale, "rationale must not be null");
      }

      @Override
      public String toString() {
        return "Acknowledge[hidden]";
      }
    }

    /**
     * Referred to police, social services or another named body.
     *
     * @param referredTo the body referred to, as typed; required
     * @param rationale why, as typed; required
     */
    record Refer(String referredTo, String rationale) implements Decision {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public Refer {
        Objects.requireNonNull(referredTo, "referred to must not be null");
        Objects.requireNonNull(rationale, "rationale must not be null");
      }

      @Override
      public String toString() {
        return "Refer[hidden]";
      }
    }

    /**
     * No referral is needed.
     *
     * @param rationale why, as typed; required
     */
    record StandDown(String rationale) implements Decision {
      /**
       * Refuses a missing component.
       *
       * @throws NullPointerException if a component is null
       */
      public StandDown {
        Objects.requireNonNull(rationale, "rationale must not be null");
      }

      @Override
      public String toString() {
        return "StandDown[hidden]";
      }
    }
  }
}
