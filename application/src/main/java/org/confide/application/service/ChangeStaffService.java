package org.confide.application.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.ChangeStaffFailure;
import org.confide.application.port.in.ChangeStaffUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.session.Session;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.shared.ProblemSubject;
import org.confide.domain.staff.Permission;
import org.confide.domain.staff.StaffMember;

/** Changes a staff account's name, roles and state, keeping one active administrator. */
public final class ChangeStaffService implements ChangeStaffUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final StaffDirectory staffDirectory;
  private final Sessions sessions;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param staffDirectory the staff accounts
   * @param sessions the reporter and staff sessions
   */
  public ChangeStaffService(
      Gate gate, Auditor auditor, StaffDirectory staffDirectory, Sessions sessions) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Outcome<Outcome.Ok, ChangeStaffFailure> change(SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        ChangeStaffFailure::from,
        admin -> {
          var problems = new ArrayList<FieldProblem>();
          var name = command.displayName().strip();
          FreeText.problem("displayName", ProblemSubject.NAME, name, 120).ifPresent(problems::add);
          if (command.roles().isEmpty()) {
            problems.add(FieldProblem.of("roles", ProblemCode.STAFF_ROLES));
          }
          if (!problems.isEmpty()) {
            return Outcome.failed(new Failure.Invalid(problems));
          }
          var found = staffDirectory.find(command.id());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var before = found.get();
          if (before.id().equals(admin.id()) && !command.active()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.DEACTIVATE_SELF));
          }
          var after = before.changed(name, EnumSet.copyOf(command.roles()), command.active());
          if (!Administrators.oneStaysAfter(staffDirectory, after)) {
            return Outcome.failed(Administrators.LAST_ONE);
          }
          staffDirectory.update(after);
          record(admin, before, after);
          if (before.active() && !after.active()) {
            sessions.removeAll(new Session.Subject.Staff(after.id()));
          }
          return Outcome.ok();
        });
  }

  /** One event per part changed, naming the account by id and never its name. */
  private void record(StaffMember admin, StaffMember before, StaffMember after) {
    var by = Actor.staff(admin.id());
    var account = after.id().toString();
    if (!before.displayName().equals(after.displayName())) {
      auditor.audit(by, AuditAction.STAFF_RENAMED, AuditDetail.of(AuditDetailCode.ID, account));
    }
    if (!before.roles().equals(after.roles())) {
      auditor.audit(
          by,
          AuditAction.STAFF_ROLES_CHANGED,
          AuditDetail.of(
              AuditDetailCode.ACCOUNT_ROLES, account, List.copyOf(EnumSet.copyOf(after.roles()))));
    }
    if (before.active() && !after.active()) {
      auditor.audit(by, AuditAction.STAFF_DEACTIVATED, AuditDetail.of(AuditDetailCode.ID, account));
    } else if (!before.active() && after.active()) {
      auditor.audit(by, AuditAction.STAFF_REACTIVATED, AuditDetail.of(AuditDetailCode.ID, account));
    }
  }
}
