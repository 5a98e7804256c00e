package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.DeactivateStaffFailure;
import org.confide.application.port.in.DeactivateStaffUseCase;
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
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Permission;

/** Deactivates staff accounts, ending their sessions; their history stays. */
public final class DeactivateStaffService implements DeactivateStaffUseCase {

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
  public DeactivateStaffService(
      Gate gate, Auditor auditor, StaffDirectory staffDirectory, Sessions sessions) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public Outcome<Outcome.Ok, DeactivateStaffFailure> deactivate(
      SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        DeactivateStaffFailure::from,
        admin -> {
          var found = staffDirectory.findByEmail(command.email());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var member = found.get();
          if (member.id().equals(admin.id())) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.DEACTIVATE_SELF));
          }
          if (member.active()) {
            if (!Administrators.oneStaysAfter(staffDirectory, member.deactivate())) {
              return Outcome.failed(Administrators.LAST_ONE);
            }
            staffDirectory.update(member.deactivate());
            sessions.removeAll(new Session.Subject.Staff(member.id()));
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.STAFF_DEACTIVATED,
                AuditDetail.of(AuditDetailCode.ID, member.id().toString()));
          }
          return Outcome.ok();
        });
  }
}
