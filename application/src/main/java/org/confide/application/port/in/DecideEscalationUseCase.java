package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.safeguarding.EscalationId;

/** A safeguarding lead decides escalations. */
public interface DecideEscalationUseCase {

  /**
   * Records the decision, with its written rationale, on an escalation. A decision its state does
   * not allow (acknowledging twice, deciding a closed one) is {@link Failure.Refused}; a missing
   * rationale, or a referral to no one, is {@link Failure.Invalid}.
   */
  Outcome<Outcome.Ok, CaseActionFailure> decide(SessionToken session, Command command);

  /**
   * Which escalation, and what was decided.
   *
   * @param escalation the escalation
   * @param decision the decision with its rationale
   */
  record Command(EscalationId escalation, Decision decision) {
    public Command {
      Objects.requireNonNull(escalation, "escalation must not be null");
      Objects.requireNonNull(decision, "decision must not be null");
    }
  }

  /** What a lead decided, each with the rationale as typed. */
  sealed interface Decision {
    /** The lead has seen it and is acting. */
    record Acknowledge(String rationale) implements Decision {
      public Acknowledge {
        Objects.requireNonNull(rationale, "rationale must not be null");
      }

      @Override
      public String toString() {
        return "Acknowledge[hidden]";
      }
    }

    /** Referred to police, social services or another named body. */
    record Refer(String referredTo, String rationale) implements Decision {
      public Refer {
        Objects.requireNonNull(referredTo, "referred to must not be null");
        Objects.requireNonNull(rationale, "rationale must not be null");
      }

      @Override
      public String toString() {
        return "Refer[hidden]";
      }
    }

    /** No referral is needed. */
    record StandDown(String rationale) implements Decision {
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
