package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.AssignCaseUseCase;
import org.confide.application.port.in.CaseChangeFailure;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TakeCaseFailure;
import org.confide.application.port.in.TakeCaseUseCase;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.report.Report;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.CaseAccess;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/** Gives a case to an adviser: to another, or to oneself. */
public final class AssignCaseService implements AssignCaseUseCase, TakeCaseUseCase {

  private final Gate gate;
  private final CaseAccessCheck caseAccess;
  private final CaseChanges changes;
  private final StaffDirectory staffDirectory;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param caseAccess finds a case the acting staff member may read, applying need to know
   * @param changes writes a change to a case, and an internal note, alike for every case use case
   * @param staffDirectory the staff accounts
   */
  public AssignCaseService(
      Gate gate, CaseAccessCheck caseAccess, CaseChanges changes, StaffDirectory staffDirectory) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.caseAccess = Objects.requireNonNull(caseAccess, "caseAccess");
    this.changes = Objects.requireNonNull(changes, "changes");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
  }

  @Override
  public Outcome<Outcome.Ok, CaseChangeFailure> assign(
      SessionToken session, AssignCaseUseCase.Command command) {
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        CaseChangeFailure::from,
        (staff, updates) -> {
          var found = caseAccess.find(staff, command.reference());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var assignee =
              staffDirectory
                  .findByEmail(command.assignee())
                  .filter(StaffMember::active)
                  .filter(CaseAccess::mayBeAssigned);
          if (assignee.isEmpty()) {
            return Outcome.failed(
                Failure.Invalid.of("assignee", ProblemCode.ASSIGNEE_NOT_AN_ADDRESS));
          }
          if (caseAccess.isExcluded(assignee.get(), found.get())) {
            return Outcome.failed(Failure.Invalid.of("assignee", ProblemCode.ASSIGNEE_EXCLUDED));
          }
          if (!caseAccess.mayWorkTeamOf(assignee.get(), found.get())) {
            return Outcome.failed(Failure.Invalid.of("assignee", ProblemCode.ASSIGNEE_OTHER_TEAM));
          }
          return assign(staff, updates, found.get(), assignee.get(), f -> f, r -> r);
        });
  }

  @Override
  public Outcome<Outcome.Ok, TakeCaseFailure> take(
      SessionToken session, TakeCaseUseCase.Command command) {
    // The gate has checked that the holder is active and may work cases, so may be assigned.
    return gate.asStaffChanging(
        session,
        Permission.WORK_CASES,
        TakeCaseFailure::from,
        (staff, updates) -> {
          var found = caseAccess.find(staff, command.reference());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          return assign(staff, updates, found.get(), staff, f -> f, r -> r);
        });
  }

  /**
   * Gives {@code report} to {@code assignee}. An adviser may take a case or hand on their own;
   * handing on someone else's case is a lead's decision.
   */
  private <F extends Failure> Outcome<Outcome.Ok, F> assign(
      StaffMember staff,
      Gate.ReportUpdates updates,
      Report report,
      StaffMember assignee,
      Function<Failure.Forbidden, F> forbidden,
      Function<Failure.Refused, F> refused) {
    var ownOrQueue = report.assignee().isEmpty() || report.isAssignedTo(staff.id());
    if (!ownOrQueue && !staff.may(Permission.DECIDE_ESCALATIONS)) {
      return Outcome.failed(forbidden.apply(new Failure.Forbidden()));
    }
    return changes.apply(
        staff, updates, report.assignTo(assignee.id()), AuditAction.ASSIGNED, refused);
  }
}
