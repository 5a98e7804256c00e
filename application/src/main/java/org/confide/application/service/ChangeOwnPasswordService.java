package org.confide.application.service;

import java.util.Arrays;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.ChangeOwnPasswordUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.PasswordChangeFailure;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.session.Session;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.StaffMember;

/**
 * Changes a staff member's own password. The slow work (checking the current password, hashing the
 * new one) is done between two short transactions, as at sign-in; the second writes the hash only
 * if the password is still the one checked, ends the member's other sessions and keeps this one.
 */
public final class ChangeOwnPasswordService implements ChangeOwnPasswordUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final PasswordHashing passwords;
  private final StaffDirectory staffDirectory;
  private final Sessions sessions;
  private final Notifier notifier;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in, and runs the work
   *     in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param passwords hashes and checks staff passwords
   * @param staffDirectory the staff accounts
   * @param sessions the reporter and staff sessions
   * @param notifier tells the member, by email, that their password was changed
   */
  public ChangeOwnPasswordService(
      Gate gate,
      Auditor auditor,
      PasswordHashing passwords,
      StaffDirectory staffDirectory,
      Sessions sessions,
      Notifier notifier) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  @Override
  public Outcome<Outcome.Ok, PasswordChangeFailure> change(SessionToken session, Command command) {
    var current = command.currentPassword();
    var wanted = command.newPassword();
    try {
      StaffMember asking;
      switch (gate.asAnyStaff(
          session,
          PasswordChangeFailure::from,
          member -> Outcome.<StaffMember, PasswordChangeFailure>done(member))) {
        case Outcome.Done<StaffMember, PasswordChangeFailure>(var member) -> asking = member;
        case Outcome.Failed<StaffMember, PasswordChangeFailure>(var failure) -> {
          return Outcome.failed(failure);
        }
      }
      var checked = asking.passwordHash();
      if (!passwords.matches(current, checked)) {
        return Outcome.failed(Failure.Invalid.of("currentPassword", ProblemCode.PASSWORD_CURRENT));
      }
      var weak = CreateStaffService.passwordProblem("newPassword", wanted);
      if (weak.isPresent()) {
        return Outcome.failed(new Failure.Invalid(java.util.List.of(weak.get())));
      }
      var hash = passwords.hash(wanted);
      return gate.asAnyStaff(
          session,
          PasswordChangeFailure::from,
          member -> {
            if (!member.passwordHash().equals(checked)) {
              // Changed meanwhile (by another of their sessions, or a reset): the current
              // password checked is no longer theirs.
              return Outcome.failed(
                  Failure.Invalid.of("currentPassword", ProblemCode.PASSWORD_CURRENT));
            }
            staffDirectory.update(member.withPasswordHash(hash));
            // Every session of theirs ends; this one is stored again as it was.
            var kept = sessions.find(Secrets.digest(session));
            sessions.removeAll(new Session.Subject.Staff(member.id()));
            kept.ifPresent(sessions::create);
            auditor.audit(Actor.staff(member.id()), AuditAction.PASSWORD_CHANGED);
            // A security email, whatever the member chose for others: it is how they would learn
            // that someone else knew their password.
            notifier.tellMember(NotificationKind.PASSWORD_CHANGED, member);
            return Outcome.ok();
          });
    } finally {
      Arrays.fill(current, '\0');
      Arrays.fill(wanted, '\0');
    }
  }
}
