package org.confide.application.service;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ListTeamNamesUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffDenial;
import org.confide.application.port.out.Teams;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.Permission;
import org.confide.domain.team.TeamAccess;

/** Names the teams for staff who work cases, each with whether the reader sees its cases. */
public final class ListTeamNamesService implements ListTeamNamesUseCase {

  private final Gate gate;
  private final CaseAccessCheck caseAccess;
  private final Teams teams;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}.
   *
   * @param gate resolves the staff member's session, checks two-factor sign-in and the role, and
   *     runs the reading in one transaction
   * @param caseAccess finds a case the staff member may read, applying need to know
   * @param teams the teams, their members and the cases' teams
   */
  public ListTeamNamesService(Gate gate, CaseAccessCheck caseAccess, Teams teams) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.teams = Objects.requireNonNull(teams, "teams");
  }

  @Override
  public Outcome<TeamNames, StaffDenial> list(
      SessionToken session, Optional<ReportReference> reference) {
    Objects.requireNonNull(reference, "reference must be Optional, not null");
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        denial -> denial,
        staff -> {
          var own = teams.teamsOf(staff.id());
          var names =
              teams.all().stream()
                  .map(team ->
                      new TeamName(
                          team.id(),
                          team.name(),
                          TeamAccess.mayWorkCasesOf(staff, Optional.of(team.id()), own)))
                  .toList();
          var teamOfCase =
              reference
                  .flatMap(wanted -> caseAccess.find(staff, wanted))
                  .flatMap(report -> teams.teamOf(report.reference()));
          return Outcome.done(new TeamNames(names, teamOfCase));
        });
  }
}
