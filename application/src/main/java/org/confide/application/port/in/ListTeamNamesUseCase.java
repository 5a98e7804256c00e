package org.confide.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.team.TeamId;

/**
 * Staff who work cases read the teams' names, so that they can narrow a case list to a team and
 * move a case to another team: every team's id and name (never its members), each marked with
 * whether the reader sees its cases. An adviser sees the cases of their own teams, a safeguarding
 * lead those of every team.
 */
public interface ListTeamNamesUseCase {

  /**
   * Every team by name, and the team of case {@code reference} when it is given and the reader may
   * open it. Open to staff who work cases; nothing is audited, as nothing about a report is read
   * but its team.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param reference a case whose team to say, if any
   * @return the teams, or why not (one of {@link StaffDenial})
   */
  Outcome<TeamNames, StaffDenial> list(SessionToken session, Optional<ReportReference> reference);

  /**
   * A team as staff who work cases read it.
   *
   * @param id the team
   * @param name its name
   * @param casesSeen whether the reader sees its cases: a member of it, or a safeguarding lead
   */
  record TeamName(TeamId id, String name, boolean casesSeen) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public TeamName {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(name, "name must not be null");
    }
  }

  /**
   * The teams, and the team of the case asked about.
   *
   * @param teams every team, by name; none when no team is defined
   * @param teamOfCase the case's team, when a case was given, the reader may open it, and it has
   *     one
   */
  record TeamNames(List<TeamName> teams, Optional<TeamId> teamOfCase) {
    /**
     * Refuses a missing component; copies the teams.
     *
     * @throws NullPointerException if a component is null
     */
    public TeamNames {
      teams = List.copyOf(teams);
      Objects.requireNonNull(teamOfCase, "team of case must be Optional, not null");
    }

    /** {@return the teams whose cases the reader sees, by name} */
    public List<TeamName> seen() {
      return teams.stream().filter(TeamName::casesSeen).toList();
    }
  }
}
