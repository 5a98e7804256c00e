package org.confide.domain.safeguarding;

import java.util.Objects;

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
   * The decision was refused; {@code why} is fit to show the decider.
   *
   * @param why why, such as "This escalation has already been closed"
   */
  record NotAllowed(String why) implements EscalationDecision {
    /**
     * A decision refused.
     *
     * @throws NullPointerException if {@code why} is null
     */
    public NotAllowed {
      Objects.requireNonNull(why, "why must not be null");
    }
  }
}
