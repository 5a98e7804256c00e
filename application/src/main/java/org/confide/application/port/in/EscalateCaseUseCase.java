package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.safeguarding.EscalationId;
import org.confide.domain.shared.ReportReference;

/** An adviser raises an escalation on a case by hand, for the safeguarding leads. */
public interface EscalateCaseUseCase {

  /**
   * Raises the escalation, with the reason, and answers its id; the case's risk becomes at least a
   * concern. A missing or overlong reason is {@link Failure.Invalid} on {@code reason}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, and why
   * @return the new escalation's id, or why not (one of {@link EscalateCaseFailure})
   */
  Outcome<EscalationId, EscalateCaseFailure> escalate(SessionToken session, Command command);

  /**
   * Which case, and why.
   *
   * @param reference the case
   * @param reason why, as typed
   */
  record Command(ReportReference reference, String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "EscalateCase[" + reference + "]";
    }
  }
}
