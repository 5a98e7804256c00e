package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Objects;
import org.confide.application.port.in.ExportReporterDataUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.StaffRequestFailure;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.shared.EmailForm;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/**
 * Exports everything held about a named reporter, found by their email address through the {@link
 * ReporterIndex}, for a safeguarding lead or an administrator; audited by count and reference.
 */
public final class ExportReporterDataService implements ExportReporterDataUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final ReporterIndex reporterIndex;
  private final MessageThreads threads;
  private final CaseFiles caseFiles;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess tells whether the acting staff member is excluded from a case
   * @param changes keeps the reason as an internal note
   * @param reporterIndex finds a reporter's reports by their email address
   * @param threads the message threads
   * @param caseFiles puts a case file together
   * @param clock the time read for the export
   */
  public ExportReporterDataService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      CaseChanges changes,
      ReporterIndex reporterIndex,
      MessageThreads threads,
      CaseFiles caseFiles,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.reporterIndex = Objects.requireNonNull(reporterIndex, "reporterIndex");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.caseFiles = Objects.requireNonNull(caseFiles, "caseFiles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<ReporterData, StaffRequestFailure> export(SessionToken session, Command command) {
    var email = command.email().strip();
    var reason = command.reason().strip();
    return gate.asStaff(
        session,
        Permission.ANSWER_SUBJECT_ACCESS,
        StaffRequestFailure::from,
        staff -> {
          var problems = new ArrayList<FieldProblem>();
          if (!EmailForm.isWellFormed(email)) {
            problems.add(FieldProblem.of("email", ProblemCode.SUBJECT_ACCESS_EMAIL));
          }
          CaseChanges.reasonProblem(reason).ifPresent(p -> problems.addAll(p.problems()));
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          var held = new ArrayList<HeldReport>();
          var withheld = 0;
          for (var report : reporterIndex.namedBy(email)) {
            // A conflict of interest keeps a lead or administrator from the report here as
            // everywhere: another of them must answer for it.
            if (caseAccess.isExcluded(staff, report)) {
              withheld++;
              continue;
            }
            // Staff's internal notes are left out: they may hold what others said in confidence,
            // which whoever answers the request must weigh by hand.
            held.add(
                new HeldReport(
                    caseFiles.of(report, threads.find(report.reference()), false),
                    caseFiles.closure(report)));
          }
          for (var report : held) {
            changes.addNote(
                staff, report.file().reference(), "Included in a subject access export: " + reason);
          }
          auditor.audit(Actor.staff(staff.id()), AuditAction.SUBJECT_ACCESS_EXPORTED, detail(held));
          return Outcome.done(
              new ReporterData(email, held, withheld, staff.displayName(), clock.instant()));
        });
  }

  /** The most references the audit detail names: the first ones, to keep to the detail's length. */
  static final int REFERENCES_NAMED = 30;

  /** The audit detail: how many reports and which, never whose; the first ones if many. */
  private static AuditDetail detail(java.util.List<HeldReport> held) {
    var references =
        held.stream()
            .limit(REFERENCES_NAMED)
            .map(report -> report.file().reference().display())
            .toList();
    if (held.isEmpty()) {
      return AuditDetail.of(AuditDetailCode.SUBJECT_ACCESS_NONE);
    }
    return held.size() <= REFERENCES_NAMED
        ? AuditDetail.of(AuditDetailCode.SUBJECT_ACCESS, held.size(), references)
        : AuditDetail.of(
            AuditDetailCode.SUBJECT_ACCESS_FIRST, held.size(), REFERENCES_NAMED, references);
  }
}
