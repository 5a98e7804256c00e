package org.confide.application.service;

import java.util.Objects;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ResetTwoFactorUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.session.Session;
import org.confide.domain.staff.Permission;

/** Resets a staff member's two-factor sign-in, for a lost or replaced phone. */
public final class ResetTwoFactorService implements ResetTwoFactorUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final StaffDirectory staffDirectory;
  private final Authenticators authenticators;
  private final Sessions sessions;
  private final Notifier notifier;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param staffDirectory the staff accounts
   * @param authenticators staff members' authenticators and recovery codes
   * @param sessions the reporter and staff sessions
   * @param notifier tells the staff member that their two-step sign-in was reset
   */
  public ResetTwoFactorService(
      Gate gate,
      Auditor auditor,
      StaffDirectory staffDirectory,
      Authenticators authenticators,
      Sessions sessions,
      Notifier notifier) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public Outcome<Outcome.Ok, LookUpFailure> reset(SessionToken session, Command command) {
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        LookUpFailure::from,
        admin -> {
          var found = staffDirectory.findByEmail(command.email());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var member = found.get();
          if (authenticators.find(member.id()).isPresent()) {
            authenticators.remove(member.id());
            // Whoever holds the lost device must not stay signed in on its strength.
            sessions.removeAll(new Session.Subject.Staff(member.id()));
            auditor.audit(
                Actor.staff(admin.id()),
                AuditAction.TWO_FACTOR_RESET,
                AuditDetail.of(AuditDetailCode.ID, member.id().toString()));
            // If the reset was not theirs to expect, the member hears of it from Confide itself.
            notifier.tellMember(NotificationKind.TWO_FACTOR_RESET, member);
          }
          return Outcome.ok();
        });
  }
}
