package org.confide.domain.team;

import java.util.Optional;
import java.util.Set;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Need to know by team, on top of {@link CaseAccess}: who may read a case of a team. */
public final class TeamAccess {

  private TeamAccess() {}

  /**
   * Whether {@code staff} may read a case with this assignee, escalation state and team. Teams add
   * need to know: an adviser reads a case of another team as if it did not exist, unless it is
   * assigned to them; a safeguarding lead reads the cases of every team. A case with no team (one
   * that arrived before teams were defined, or that no rule routed) is every adviser's.
   *
   * @param staff the staff member asking
   * @param assignee the adviser the case is assigned to, if any
   * @param escalated whether the case has an escalation
   * @param team the team whose case it is, if any
   * @param teamsOfStaff the teams {@code staff} belongs to
   * @return true if {@link CaseAccess#mayRead(StaffMember, Optional, boolean)} allows it and the
   *     team does
   */
  public static boolean mayRead(
      StaffMember staff,
      Optional<StaffId> assignee,
      boolean escalated,
      Optional<TeamId> team,
      Set<TeamId> teamsOfStaff) {
    if (!CaseAccess.mayRead(staff, assignee, escalated)) {
      return false;
    }
    return mayWorkCasesOf(staff, team, teamsOfStaff)
        || assignee.filter(staff.id()::equals).isPresent();
  }

  /**
   * Whether {@code staff} may work the cases of {@code team}, whoever holds one now: a case with no
   * team is every adviser's, a team's cases are its members', and a safeguarding lead works the
   * cases of every team. The one rule for who may be given a case and who is told of one waiting.
   *
   * @param staff the staff member, who may work cases
   * @param team the team whose cases they are, if any
   * @param teamsOfStaff the teams {@code staff} belongs to
   * @return true if {@code staff} may work them
   */
  public static boolean mayWorkCasesOf(
      StaffMember staff, Optional<TeamId> team, Set<TeamId> teamsOfStaff) {
    return team.isEmpty()
        || teamsOfStaff.contains(team.get())
        || staff.may(Permission.DECIDE_ESCALATIONS);
  }
}
