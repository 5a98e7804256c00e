package org.confide.application.service;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Teams;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.TeamAccess;

/**
 * Finds a case for a staff member who may work cases, applying need to know. A case they may not
 * read is answered exactly as a case that does not exist, so that guessing references reveals
 * nothing. A report held for safeguarding is found for the safeguarding leads alone, and a case a
 * staff member is excluded from (a conflict of interest) is never found for them.
 */
public final class CaseAccessCheck {

  private final Reports reports;
  private final Escalations escalations;
  private final Teams teams;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param reports the reports
   * @param escalations the safeguarding escalations
   * @param teams the cases' teams and the teams' members
   */
  public CaseAccessCheck(Reports reports, Escalations escalations, Teams teams) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
    this.teams = Objects.requireNonNull(teams, "teams");
  }

  /** The case, if it exists and {@code staff} may read it. */
  Optional<Report> find(StaffMember staff, ReportReference reference) {
    return reports.find(reference).filter(report -> mayRead(staff, report));
  }

  /**
   * Whether {@code staff} may work cases of {@code report}'s team: it has none, they belong to it,
   * or they are a safeguarding lead. Who may be given a case, whoever holds it now.
   */
  boolean mayWorkTeamOf(StaffMember staff, Report report) {
    return TeamAccess.mayWorkCasesOf(
        staff, teams.teamOf(report.reference()), teams.teamsOf(staff.id()));
  }

  /**
   * The case, if it exists and {@code lead} is not excluded from it, for a safeguarding lead's
   * exclusion of an adviser: a lead must be able to keep an adviser away from the case that adviser
   * holds, which need to know would not otherwise let the lead open. Nothing of the case's content
   * is shown by an exclusion. The caller checks that {@code lead} may decide escalations.
   */
  Optional<Report> findForExclusion(StaffMember lead, ReportReference reference) {
    return reports.find(reference).filter(report -> !isExcluded(lead, report));
  }

  /** Whether {@code staff} is excluded from {@code report} for a conflict of interest. */
  boolean isExcluded(StaffMember staff, Report report) {
    return teams.isExcluded(report.reference(), staff.id());
  }

  /**
   * Whether {@code staff} may read {@code report}, by its assignee, escalation and team, and no
   * exclusion for a conflict of interest.
   */
  boolean mayRead(StaffMember staff, Report report) {
    var reference = report.reference();
    if (isExcluded(staff, report)) {
      return false;
    }
    return report.isHeld()
        ? CaseAccess.mayReadHeld(staff)
        : TeamAccess.mayRead(
            staff,
            report.assignee(),
            escalations.existsFor(reference),
            teams.teamOf(reference),
            teams.teamsOf(staff.id()));
  }
}
