package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * An adviser declares a conflict of interest on a case they may read, with a reason, which excludes
 * them from it: from then on it answers to them as a case that does not exist.
 */
public interface DeclareConflictUseCase {

  /**
   * Excludes the acting adviser from the case, keeping the reason as an internal note (for the
   * leads) and auditing the declaration. A case they may not read is {@link Failure.NotFound}; a
   * missing or overlong reason {@link Failure.Invalid} on {@code reason}. A case assigned to them
   * goes back to the queue.
   *
   * @param session the acting adviser's session, from {@link LogInStaffUseCase}
   * @param command which case, and why
   * @return done, or why not (one of {@link CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> declare(SessionToken session, Command command);

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
      return "DeclareConflict[" + reference + "]";
    }
  }
}
