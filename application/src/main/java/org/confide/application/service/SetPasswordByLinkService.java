package org.confide.application.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.PasswordLinkFailure;
import org.confide.application.port.in.SetPasswordByLinkUseCase;
import org.confide.application.port.in.SetPasswordFailure;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.PasswordResets;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.session.Session;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.PasswordReset;

/**
 * Sets a staff member's password with a one-time link. The link is checked, the password checked
 * and hashed outside any transaction (hashing is slow), then one short transaction spends the link
 * and stores the hash, so that of two racing uses exactly one sets the password.
 */
public final class SetPasswordByLinkService implements SetPasswordByLinkUseCase {

  private final Auditor auditor;
  private final Transactions transactions;
  private final PasswordHashing passwords;
  private final StaffDirectory staffDirectory;
  private final PasswordResets passwordResets;
  private final Sessions sessions;
  private final Notifier notifier;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param transactions the transactions every store takes part in
   * @param passwords hashes the new password
   * @param staffDirectory the staff accounts
   * @param passwordResets the one-time set-password links
   * @param sessions the reporter and staff sessions
   * @param notifier tells the member, by email, that their password was changed
   * @param clock the time
   */
  public SetPasswordByLinkService(
      Auditor auditor,
      Transactions transactions,
      PasswordHashing passwords,
      StaffDirectory staffDirectory,
      PasswordResets passwordResets,
      Sessions sessions,
      Notifier notifier,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.passwordResets = Objects.requireNonNull(passwordResets, "passwordResets");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<OpenLink, PasswordLinkFailure> check(String token) {
    var digest = Secrets.digestOfLinkToken(token);
    return switch (transactions.inTransaction(() -> link(digest))) {
      case Outcome.Done<PasswordReset, PasswordLinkFailure>(var reset) ->
          Outcome.done(new OpenLink(reset.expiresAt()));
      case Outcome.Failed<PasswordReset, PasswordLinkFailure>(var failure) ->
          Outcome.failed(failure);
    };
  }

  @Override
  public Outcome<Outcome.Ok, SetPasswordFailure> set(Command command) {
    var wanted = command.newPassword();
    try {
      var digest = Secrets.digestOfLinkToken(command.token());
      // The link first: nobody without a working one makes the server hash.
      if (check(command.token()) instanceof Outcome.Failed<OpenLink, PasswordLinkFailure>(var f)) {
        return Outcome.failed(SetPasswordFailure.from(f));
      }
      var weak = CreateStaffService.passwordProblem("newPassword", wanted);
      if (weak.isPresent()) {
        return Outcome.failed(new Failure.Invalid(List.of(weak.get())));
      }
      var hash = passwords.hash(wanted);
      return transactions.inTransaction(() -> {
        PasswordReset reset;
        switch (link(digest)) {
          case Outcome.Done<PasswordReset, PasswordLinkFailure>(var open) -> reset = open;
          case Outcome.Failed<PasswordReset, PasswordLinkFailure>(var failure) -> {
            return Outcome.failed(SetPasswordFailure.from(failure));
          }
        }
        var member = staffDirectory.find(reset.staff());
        if (member.isEmpty() || !passwordResets.spend(digest)) {
          // Spent by a racing use of the same link a moment ago.
          return Outcome.failed(new Failure.NotFound());
        }
        staffDirectory.update(member.get().withPasswordHash(hash));
        sessions.removeAll(new Session.Subject.Staff(member.get().id()));
        // If the link reached someone else, the member hears of it from Confide itself.
        notifier.tellMember(NotificationKind.PASSWORD_CHANGED, member.get());
        auditor.audit(Actor.staff(member.get().id()), AuditAction.PASSWORD_SET_BY_LINK);
        return Outcome.ok();
      });
    } finally {
      Arrays.fill(wanted, '\0');
    }
  }

  /** The link with this digest, if it is there and has not expired; else why not. */
  private Outcome<PasswordReset, PasswordLinkFailure> link(String digest) {
    var reset = passwordResets.find(digest);
    if (reset.isEmpty()) {
      return Outcome.failed(new Failure.NotFound());
    }
    if (reset.get().hasExpired(clock.instant())) {
      return Outcome.failed(Failure.Refused.of(ProblemCode.PASSWORD_LINK_EXPIRED));
    }
    return Outcome.done(reset.get());
  }
}
