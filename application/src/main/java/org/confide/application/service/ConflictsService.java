package org.confide.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.DeclareConflictUseCase;
import org.confide.application.port.in.ExcludeAdviserUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LiftExclusionUseCase;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadExclusionsUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Teams;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;
import org.confide.domain.team.Exclusion;

/**
 * Conflicts of interest: a safeguarding lead excludes an adviser from a case, an adviser declares a
 * conflict themselves, the leads read who is excluded and lift an exclusion. The reasons are
 * internal notes.
 */
public final class ConflictsService
    implements ExcludeAdviserUseCase,
        DeclareConflictUseCase,
        ReadExclusionsUseCase,
        LiftExclusionUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final StaffDirectory staffDirectory;
  private final Teams teams;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   * @param staffDirectory the staff accounts
   * @param teams the cases' exclusions
   * @param clock the time of an exclusion
   */
  public ConflictsService(
      Gate gate,
      Auditor auditor,
      CaseAccessCheck caseAccess,
      CaseChanges changes,
      StaffDirectory staffDirectory,
      Teams teams,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.teams = Objects.requireNonNull(teams, "teams");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> exclude(
      SessionToken session, ExcludeAdviserUseCase.Command command) {
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.DECIDE_ESCALATIONS,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var report = caseAccess.findForExclusion(staff, command.reference());
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var adviser = adviser(command.adviser().strip());
          if (adviser.isEmpty()) {
            return Outcome.failed(Failure.Invalid.of("adviser", ProblemCode.ADVISER));
          }
          var problem = CaseChanges.reasonProblem(text);
          if (problem.isPresent()) {
            return Outcome.failed(problem.get());
          }
          var declared = adviser.get().id().equals(staff.id());
          excludeFrom(staff, updates, report.get(), adviser.get());
          auditor.audit(
              Actor.staff(staff.id()),
              declared ? AuditAction.CONFLICT_DECLARED : AuditAction.ADVISER_EXCLUDED,
              command.reference(),
              AuditDetail.of(AuditDetailCode.ID, adviser.get().id().toString()));
          changes.addNote(
              staff,
              command.reference(),
              "Excluded " + adviser.get().displayName() + " (conflict of interest): " + text);
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> declare(
      SessionToken session, DeclareConflictUseCase.Command command) {
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var report = caseAccess.find(staff, command.reference());
          if (report.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var problem = CaseChanges.reasonProblem(text);
          if (problem.isPresent()) {
            return Outcome.failed(problem.get());
          }
          // The note is written before the exclusion only in time order; both are in one
          // transaction, and from then on the adviser reads neither.
          changes.addNote(staff, command.reference(), "Declared a conflict of interest: " + text);
          excludeFrom(staff, updates, report.get(), staff);
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.CONFLICT_DECLARED,
              command.reference(),
              AuditDetail.of(AuditDetailCode.ID, staff.id().toString()));
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> lift(
      SessionToken session, LiftExclusionUseCase.Command command) {
    var text = command.reason().strip();
    return gate.asStaffChanging(
        session,
        Permission.DECIDE_ESCALATIONS,
        CaseChangeFailure::from,
        (staff, updates) -> {
          if (caseAccess.findForExclusion(staff, command.reference()).isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var adviser =
              adviser(command.adviser().strip())
                  .filter(a -> teams.isExcluded(command.reference(), a.id()));
          var problems = new java.util.ArrayList<org.confide.domain.shared.FieldProblem>();
          if (adviser.isEmpty()) {
            problems.add(
                new org.confide.domain.shared.FieldProblem(
                    "adviser", "This adviser is not excluded from the case"));
          }
          CaseChanges.reasonProblem(text).ifPresent(p -> problems.addAll(p.problems()));
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          teams.lift(command.reference(), adviser.get().id());
          changes.addNote(
              staff,
              command.reference(),
              "Lifted the exclusion of " + adviser.get().displayName() + ": " + text);
          auditor.audit(
              Actor.staff(staff.id()),
              AuditAction.EXCLUSION_LIFTED,
              command.reference(),
              AuditDetail.of(AuditDetailCode.ID, adviser.get().id().toString()));
          return Outcome.ok();
        });
  }

  @Override
  public Outcome<List<Excluded>, LookUpFailure> read(
      SessionToken session, ReadExclusionsUseCase.Command command) {
    return gate.asStaff(
        session,
        Permission.DECIDE_ESCALATIONS,
        LookUpFailure::from,
        staff -> {
          if (caseAccess.findForExclusion(staff, command.reference()).isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          return Outcome.done(
              teams.exclusions(command.reference()).stream().map(this::excluded).toList());
        });
  }

  private Excluded excluded(Exclusion exclusion) {
    var adviser = staffDirectory.find(exclusion.adviser());
    return new Excluded(
        adviser.map(m -> m.email().value()).orElse(exclusion.adviser().toString()),
        adviser.map(StaffMember::displayName).orElse("a former staff member"),
        staffDirectory
            .find(exclusion.by())
            .map(m -> m.email().value())
            .orElse(exclusion.by().toString()),
        exclusion.declared(),
        exclusion.at());
  }

  /** The staff member who may work cases named by {@code text}: their staff id or email address. */
  private Optional<StaffMember> adviser(String text) {
    return StaffId.read(text)
        .flatMap(staffDirectory::find)
        .or(() -> EmailAddress.read(text).flatMap(staffDirectory::findByEmail))
        .filter(CaseAccess::mayBeAssigned);
  }

  // Keeps the adviser away from the case; one who holds it gives it back to the queue, unless the
  // case is closed or held, where it stays as it is (they can open it no more all the same).
  private void excludeFrom(
      StaffMember staff, Gate.ReportUpdates updates, Report report, StaffMember adviser) {
    if (report.isAssignedTo(adviser.id())) {
      changes.apply(staff, updates, report.unassign(), AuditAction.ASSIGNED, refused -> refused);
    }
    teams.exclude(new Exclusion(report.reference(), adviser.id(), staff.id(), clock.instant()));
  }
}
