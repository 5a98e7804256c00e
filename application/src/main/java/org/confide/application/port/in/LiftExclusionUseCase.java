package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * A safeguarding lead ends an adviser's exclusion from a case (a conflict of interest that no
 * longer stands, or one declared by mistake), with a reason: the adviser may open, be given and be
 * told about the case again.
 */
public interface LiftExclusionUseCase {

  /**
   * Lifts the exclusion, keeping the reason as an internal note and auditing it. A case that does
   * not exist, or that the lead is excluded from, is {@link Failure.NotFound}; an adviser who is
   * not excluded from it is {@link Failure.Invalid} on {@code adviser}; a missing or overlong
   * reason {@link Failure.Invalid} on {@code reason}.
   *
   * @param session the acting safeguarding lead's session, from {@link LogInStaffUseCase}
   * @param command which case, which adviser, and why
   * @return done, or why not (one of {@link CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> lift(SessionToken session, Command command);

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
      return "LiftExclusion[" + reference + "]";
    }
  }
}
