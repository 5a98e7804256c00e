package org.confide.domain.safeguarding;

import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.FreeText;
import org.confide.domain.staff.StaffId;

/** What raised an escalation: the risk policy at submission, or a staff member by hand. */
public sealed interface EscalationTrigger {

  /**
   * Raised by the safeguarding policy when a report was assessed as urgent, with the policy's
   * reasons (at least one, each one line of at most 500 characters).
   *
   * @param reasons the reasons in words, as staff read them, such as a {@link
   *     RiskReason#description()}; stored trimmed
   */
  record Automatic(List<String> reasons) implements EscalationTrigger {

    private static final int MAX_REASON_LENGTH = 500;

    /**
     * Raised by the policy; trims each reason.
     *
     * @throws IllegalArgumentException if there is no reason, or one is blank, too long, holds a
     *     control character or runs over more than one line
     */
    public Automatic {
      Objects.requireNonNull(reasons, "escalation reasons must not be null");
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("escalation reasons must not be empty");
      }
      reasons =
          reasons.stream()
              .map(reason -> FreeText.require("escalation reason", reason, MAX_REASON_LENGTH))
              .toList();
      if (reasons.stream().anyMatch(reason -> reason.contains("\n") || reason.contains("\r"))) {
        throw new IllegalArgumentException("escalation reason must be a single line");
      }
    }
  }

  /**
   * Raised by hand by the staff member {@code by}, who gave a reason.
   *
   * @param by the staff member who raised it
   * @param reason why they raised it
   */
  record ByHand(StaffId by, Rationale reason) implements EscalationTrigger {
    /**
     * Raised by hand.
     *
     * @throws NullPointerException if a component is null
     */
    public ByHand {
      Objects.requireNonNull(by, "escalation raised by must not be null");
      Objects.requireNonNull(reason, "escalation reason must not be null");
    }
  }
}
