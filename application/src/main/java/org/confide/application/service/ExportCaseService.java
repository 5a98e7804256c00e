package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.ExportCaseUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.NoteFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.staff.Permission;

/**
 * Exports a case file for whoever may open the case: the reason is kept as an internal note and the
 * export is audited, without its reason or content.
 */
public final class ExportCaseService implements ExportCaseUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
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
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes keeps the reason as an internal note
   * @param threads the message threads
   * @param caseFiles puts a case file together
   * @param clock the time read for the export
   */
  public ExportCaseService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      CaseChanges changes,
      MessageThreads threads,
      CaseFiles caseFiles,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.caseFiles = Objects.requireNonNull(caseFiles, "caseFiles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<CaseExport, NoteFailure> export(SessionToken session, Command command) {
    var reference = command.reference();
    var reason = command.reason().strip();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        NoteFailure::from,
        staff -> {
          var found = caseAccess.find(staff, reference);
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problem = CaseChanges.reasonProblem(reason);
          if (problem.isPresent()) {
            return Outcome.failed(problem.get());
          }
          var report = found.get();
          // Read before the reason's note is added, so the export holds the case as it stood.
          var export =
              new CaseExport(
                  caseFiles.of(report, threads.find(reference), command.includeNotes()),
                  caseFiles.closure(report),
                  command.includeNotes(),
                  staff.displayName(),
                  clock.instant(),
                  reason);
          // Why a case left Confide may name the people involved, so the reason is sealed as a note
          // for the case team rather than written in the audit trail, which says only who and when.
          changes.addNote(
              staff,
              reference,
              "Case file exported"
                  + (command.includeNotes() ? " with the internal notes" : "")
                  + ": "
                  + reason);
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.CASE_EXPORTED,
              reference,
              AuditDetail.of(
                  command.includeNotes()
                      ? AuditDetailCode.WITH_NOTES
                      : AuditDetailCode.WITHOUT_NOTES));
          return Outcome.done(export);
        });
  }
}
