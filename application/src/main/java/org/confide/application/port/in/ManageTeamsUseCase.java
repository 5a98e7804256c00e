package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import org.confide.domain.team.TeamId;

/**
 * An administrator defines the teams case work is split between (Student Support, HR, the EDI
 * team), lists them, and says who belongs to each. Need to know follows: an adviser works the cases
 * of their own teams.
 */
public interface ManageTeamsUseCase {

  /**
   * Creates a team with no members, its name trimmed. A blank or overlong name, one with control
   * characters, or one another team has in any letter case, is {@link Failure.Invalid} on {@code
   * name}. Audited.
   *
   * @param session the acting administrator's session, from {@link LogInStaffUseCase}
   * @param name the team's name, as typed
   * @return the new team's id, or why not (one of {@link TeamFailure})
   */
  Outcome<TeamId, TeamFailure> create(SessionToken session, String name);

  /**
   * Every team with its members, by name.
   *
   * @param session the acting administrator's session
   * @return the teams, or why not (one of {@link TeamFailure})
   */
  Outcome<List<TeamSummary>, TeamFailure> list(SessionToken session);

  /**
   * Makes the staff members with {@code emails} the members of team {@code team}, replacing its
   * members before. No such team is {@link Failure.NotFound}; an email that names no active staff
   * member who may work cases is {@link Failure.Invalid} on {@code emails}, naming each such email.
   * Audited.
   *
   * @param session the acting administrator's session
   * @param team the team
   * @param emails the members' email addresses; none to leave the team empty
   * @return done, or why not (one of {@link TeamFailure})
   */
  Outcome<Outcome.Ok, TeamFailure> changeMembers(
      SessionToken session, TeamId team, List<String> emails);

  /**
   * A team as listed.
   *
   * @param id the team
   * @param name its name
   * @param members its members' email addresses, in order
   */
  record TeamSummary(TeamId id, String name, List<String> members) {
    /**
     * Refuses a missing component; copies the members.
     *
     * @throws NullPointerException if a component is null
     */
    public TeamSummary {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(name, "name must not be null");
      members = List.copyOf(members);
    }
  }
}
