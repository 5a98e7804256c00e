package org.confide.application.service;

import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.out.Escalations;
import org.confide.application.port.out.Reports;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.StaffMember;

/**
 * Finds a case for a staff member who may work cases, applying need to know. A case they may not
 * read is answered exactly as a case that does not exist, so that guessing references reveals
 * nothing. A report held for safeguarding is found for the safeguarding leads alone.
 */
public final class CaseAccessCheck {

  private final Reports reports;
  private final Escalations escalations;

  /**
   * Wired once by {@link org.confide.application.Confide#assemble} and shared by the services that
   * use it.
   *
   * @param reports the reports
   * @param escalations the safeguarding escalations
   */
  public CaseAccessCheck(Reports reports, Escalations escalations) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.escalations = Objects.requireNonNull(escalations, "escalations");
  }

  /** The case, if it exists and {@code staff} may read it. */
  Optional<Report> find(StaffMember staff, ReportReference reference) {
    return reports
        .find(reference)
        .filter(report ->
            report.isHeld()
                ? CaseAccess.mayReadHeld(staff)
                : CaseAccess.mayRead(staff, report.assignee(), escalations.existsFor(reference)));
  }
}
