package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ViewCaseUseCase.CaseFile;

/**
 * A safeguarding lead or an administrator answers a named reporter's subject access request:
 * everything held about them in their reports (answers, accounts, contact details, threads,
 * escalations, closure), found by the email address they gave. Audited; the reason is kept as an
 * internal note of each report exported.
 */
public interface ExportReporterDataUseCase {

  /**
   * What is held about the reporter who gave this email address. An address no report gives answers
   * an export of no reports (so saying that nothing is held). An address that is not one, or a
   * missing reason, is {@link Failure.Invalid} naming {@code email} or {@code reason}.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command whose data, and why
   * @return the export, or why not (one of {@link StaffRequestFailure})
   */
  Outcome<ReporterData, StaffRequestFailure> export(SessionToken session, Command command);

  /**
   * Whose data, and why.
   *
   * @param email the email address the reporter gave, as typed
   * @param reason why it is exported (the request's date and how it arrived), as typed: kept as an
   *     internal note of each report exported, never in the audit trail
   */
  record Command(String email, String reason) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(email, "email must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
      return "Command[hidden]";
    }
  }

  /**
   * Everything held about one named reporter.
   *
   * @param email the email address asked for, trimmed
   * @param reports their reports, each with what belongs to it, oldest first
   * @param withheld how many of their reports the exporter may not read (a conflict of interest),
   *     which another lead or administrator must export
   * @param exportedBy the name of the staff member who exported it
   * @param exportedAt when
   */
  record ReporterData(
      String email, List<HeldReport> reports, int withheld, String exportedBy, Instant exportedAt) {
    /**
     * Refuses a missing component; the list is copied, so the record never changes.
     *
     * @throws NullPointerException if a component is null
     */
    public ReporterData {
      Objects.requireNonNull(email, "email must not be null");
      reports = List.copyOf(reports);
      Objects.requireNonNull(exportedBy, "exported by must not be null");
      Objects.requireNonNull(exportedAt, "exported at must not be null");
    }

    @Override
    public String toString() {
      return "ReporterData[" + reports.size() + " reports]";
    }
  }

  /**
   * One report of the reporter, as held.
   *
   * @param file the report and what belongs to it; staff's internal notes are not in it
   * @param closure how the case was closed, if it is closed
   */
  record HeldReport(CaseFile file, Optional<CaseClosure> closure) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public HeldReport {
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(closure, "closure must be Optional, not null");
    }
  }
}
