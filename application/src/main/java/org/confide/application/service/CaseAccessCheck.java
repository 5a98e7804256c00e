package org.confide.application.service;

import java.util.Optional;
import org.confide.application.port.in.Outcome;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/**
 * Finds a case for a staff member, applying need to know. A case they may not read is answered
 * exactly as a case that does not exist, so that guessing references reveals nothing.
 */
final class CaseAccessCheck {

  private CaseAccessCheck() {}

  /** The case, or why it cannot be had: not found (or not theirs), or not their role at all. */
  static Outcome<Report> find(Context context, StaffMember staff, ReportReference reference) {
    if (!staff.may(Permission.WORK_CASES)) {
      return new Outcome.Forbidden<>();
    }
    Optional<Report> report = context.reports().find(reference);
    if (report.isEmpty()
        || !CaseAccess.mayRead(
            staff, report.get().assignee(), context.escalations().existsFor(reference))) {
      return new Outcome.NotFound<>();
    }
    return Outcome.done(report.get());
  }
}
