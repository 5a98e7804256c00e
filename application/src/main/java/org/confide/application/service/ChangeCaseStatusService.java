package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.ChangeCaseStatusUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.Permission;

/** Opens, closes and reopens cases, keeping the reason as an internal note. */
public final class ChangeCaseStatusService implements ChangeCaseStatusUseCase {

  private final Gate gate;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public ChangeCaseStatusService(
      Gate gate, CaseAccessCheck caseAccess, CaseChanges changes, Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> change(SessionToken session, Command command) {
    var reference = command.reference();
    var status = command.status();
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var report = caseAccess.find(staff, reference);
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problem = CaseChanges.reasonProblem(text);
          if (problem.isPresent()) {
            return Outcome.failed(problem.get());
          }
          Outcome<Outcome.Ok, CaseChangeFailure> outcome =
              changes.apply(
                  staff,
                  updates,
                  report.get().moveTo(status, clock.instant()),
                  AuditAction.STATUS_CHANGED,
                  refused -> refused);
          // The reason may say something about the people involved, so it is kept as an
          // encrypted note rather than in the audit trail.
          outcome.ifDone(
              ok -> changes.addNote(staff, reference, CaseFiles.statusNote(status, text)));
          return outcome;
        });
  }
}
