package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.team.TeamId;

/** An adviser or a safeguarding lead moves a case to another team, with a reason. */
public interface MoveCaseUseCase {

  /**
   * Moves the case to the team, keeping the reason as an internal note (it may say something about
   * the people involved) and auditing the move. A case the staff member may not read is {@link
   * Failure.NotFound}; an unknown team is {@link Failure.Invalid} on {@code team}; a missing or
   * overlong reason {@link Failure.Invalid} on {@code reason}; a case held for safeguarding is
   * {@link Failure.Refused}. A case assigned to someone who is not a member of the new team goes
   * back to that team's queue.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command which case, to which team, and why
   * @return done, or why not (one of {@link CaseChangeFailure})
   */
  Outcome<Outcome.Ok, CaseChangeFailure> move(SessionToken session, Command command);

  /**
   * Which case, to which team, and why.
   *
   * @param reference the case
   * @param team the team, as written
   * @param reason why, as typed
   */
  record Command(ReportReference reference, String team, String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
      Objects.requireNonNull(team, "team must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "MoveCase[" + reference + ", " + team + "]";
    }

    /** {@return the team, if the text names one in the canonical form} */
    public java.util.Optional<TeamId> teamId() {
      return TeamId.read(team);
    }
  }
}
