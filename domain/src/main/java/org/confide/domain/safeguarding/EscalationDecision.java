package org.confide.domain.safeguarding;

import java.util.Objects;
import org.confide.domain.shared.ProblemCode;

/** What came of a safeguarding lead's decision on an escalation. */
public sealed interface EscalationDecision {

  /**
   * The decision was recorded; {@code escalation} is the escalation after it.
   *
   * @param escalation the escalation with the new step appended: save it to make it stand
   */
  record Decided(Escalation escalation) implements EscalationDecision {
    /**
     * A decision recorded.
     *
     * @throws NullPointerException if {@code escalation} is null
     */
    public Decided {
      Objects.requireNonNull(escalation, "escalation must not be null");
    }
  }

  /**
   * The decision was refused, and why, by name.
   *
   * @param code why, such as {@link ProblemCode#ESCALATION_CLOSED}
   */
  record NotAllowed(ProblemCode code) implements EscalationDecision {
    /**
     * A decision refused.
     *
     * @throws NullPointerException if {@code code} is null
     */
    public NotAllowed {
      Objects.requireNonNull(code, "code must not be null");
    }

    /**
     * Why, in English words fit to show the decider.
     *
     * @return for example "This escalation has already been closed"
     */
    public String why() {
      return code.english(java.util.List.of());
    }
  }
}
