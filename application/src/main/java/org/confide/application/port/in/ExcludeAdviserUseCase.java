package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * A safeguarding lead excludes an adviser from a case for a conflict of interest, with a reason:
 * the adviser can no longer open the case, be given it or be told about it.
 */
public interface ExcludeAdviserUseCase {

  /**
   * Excludes the adviser, keeping the reason as an internal note and auditing the exclusion. A lead
   * reaches every case for this, even one assigned to someone else; one that does not exist, or
   * that the lead is excluded from, is {@link Failure.NotFound}; an adviser who is no staff member
   * able to work cases is {@link Failure.Invalid} on {@code adviser}; a missing or overlong reason
   * {@link Failure.Invalid} on {@code reason}. A case assigned to the adviser goes back to the
   * queue. Excluding an adviser already excluded changes nothing.
   *
   * @param session the acting safeguarding lead's session, from {@link LogInStaffUseCase}
   * @param command which case, which adviser, and why
   * @return done, or why not (one of {@link CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> exclude(SessionToken session, Command command);

  /**
   * Which case, which adviser, and why.
   *
   * @param reference the case
   * @param adviser the adviser's email address or staff id, as written
   * @param reason why, as typed
   */
  record Command(ReportReference reference, String adviser, String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(adviser, "adviser must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "ExcludeAdviser[" + reference + "]";
    }
  }
}
