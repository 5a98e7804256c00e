package org.confide.domain.safeguarding;

import java.util.Objects;

/** What came of a safeguarding lead's decision on an escalation. */
public sealed interface EscalationDecision {

  /** The decision was recorded; {@code escalation} is the escalation after it. */
  record Decided(Escalation escalation) implements EscalationDecision {
    public Decided {
      Objects.requireNonNull(escalation, "escalation must not be null");
    }
  }

  /** The decision was refused; {@code why} is fit to show the decider. */
  record NotAllowed(String why) implements EscalationDecision {
    public NotAllowed {
      Objects.requireNonNull(why, "why must not be null");
    }
  }
}
