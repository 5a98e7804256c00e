package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.ViewCaseUseCase;
import org.confide.application.port.out.MessageThreads;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.Permission;
import org.confide.domain.thread.AuthorSide;

/** Opens a case for staff who may read it; every opening is audited. */
public final class ViewCaseService implements ViewCaseUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
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
   * @param threads the message threads
   * @param caseFiles puts a case file together
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ViewCaseService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      MessageThreads threads,
      CaseFiles caseFiles,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.threads = Objects.requireNonNull(threads, "threads");
    this.caseFiles = Objects.requireNonNull(caseFiles, "caseFiles");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<CaseFile, LookUpFailure> view(SessionToken session, Command command) {
    var reference = command.reference();
    return gate.asStaff(
        session,
        Permission.WORK_CASES,
        LookUpFailure::from,
        staff -> {
          var found = caseAccess.find(staff, reference);
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var report = found.get();
          var thread =
              threads.find(reference).map(t -> t.markReadBy(AuthorSide.STAFF, clock.instant()));
          thread.ifPresent(threads::save);
          auditor.audit(Actor.staff(staff.id()), AuditAction.REPORT_VIEWED, reference);
          return Outcome.done(caseFiles.of(report, thread, true));
        });
  }
}
