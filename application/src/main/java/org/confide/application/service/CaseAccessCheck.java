package org.confide.application.service;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/**
 * Finds a case for a staff member, applying need to know. A case they may not read is answered
 * exactly as a case that does not exist, so that guessing references reveals nothing.
 */
public final class CaseAccessCheck {

  private final Reports reports;
  private final Escalations escalations;

  public CaseAccessCheck(Reports reports, Escalations escalations) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
  }

  /** The case, or why it cannot be had: not found (or not theirs), or not their role at all. */
  Outcome<Report> find(StaffMember staff, ReportReference reference) {
    if (!staff.may(Permission.WORK_CASES)) {
      return new Outcome.Forbidden<>();
    }
    Optional<Report> report = reports.find(reference);
    if (report.isEmpty()
        || !CaseAccess.mayRead(staff, report.get().assignee(), escalations.existsFor(reference))) {
      return new Outcome.NotFound<>();
    }
    return Outcome.done(report.get());
  }
}
