package org.confide.application.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInDenial;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.session.Session;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.PasswordHash;
import org.confide.domain.staff.StaffMember;

/** Logs staff in with email and password. */
public final class LogInStaffService implements LogInStaffUseCase {

  private final Auditor auditor;
  private final SessionResolver resolver;
  private final PasswordHashing passwords;
  private final Transactions transactions;
  private final StaffDirectory staffDirectory;
  private final SecondFactors secondFactors;

  // Checked against when the email is unknown, so that the time taken does not tell whether an
  // account exists.
  /**
   * The hash a password is checked against when no account has the email: made at the first sign-in
   * rather than at start, where hashing was the slowest single step. Every sign-in asks for it
   * before looking the account up, so the first one costs the same whoever tries.
   */
  private volatile PasswordHash decoy;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param resolver turns session tokens into their holders, and opens and ends sessions
   * @param passwords hashes and checks staff passwords
   * @param transactions joins the writes of one run in one transaction
   * @param staffDirectory the staff accounts
   * @param authenticators staff members' authenticators and recovery codes
   * @param secrets the keyed digests under the server secret
   * @param clock the time read for due dates, expiry and the audit trail
   */
  public LogInStaffService(
      Auditor auditor,
      SessionResolver resolver,
      PasswordHashing passwords,
      Transactions transactions,
      StaffDirectory staffDirectory,
      Authenticators authenticators,
      Secrets secrets,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.secondFactors = new SecondFactors(auditor, authenticators, secrets, clock);
  }

  private PasswordHash decoy() {
    var made = decoy;
    if (made == null) {
      synchronized (this) {
        made = decoy;
        if (made == null) {
          made = passwords.hash("not a password of anyone".toCharArray());
          decoy = made;
        }
      }
    }
    return made;
  }

  @Override
  public Outcome<SessionGrant, SignInDenial> logIn(Command command) {
    var email = command.email();
    var password = command.password();
    try {
      if (password.length == 0 || password.length > 1024) {
        return unauthenticated();
      }
      var decoy = decoy();
      var member =
          EmailAddress.isValid(email)
              ? transactions.inTransaction(() -> staffDirectory.findByEmail(EmailAddress.of(email)))
              : Optional.<StaffMember>empty();
      var matches = passwords.matches(password, member.map(m -> m.passwordHash()).orElse(decoy));
      return transactions.inTransaction(() -> {
        if (member.isEmpty()) {
          // The same write as a wrong password for an account that exists, so that neither the
          // time taken nor the work done tells whether the email names an account. Confide is
          // the actor: the trail names no account, and never the email that was tried.
          auditor.audit(Actor.system(), AuditAction.STAFF_LOGIN_FAILED);
          return unauthenticated();
        }
        var id = member.get().id();
        // Whatever the password: while paused, the answer tells nothing of it.
        var paused = secondFactors.paused(id);
        if (paused.isPresent()) {
          auditor.audit(
              Actor.staff(id),
              AuditAction.STAFF_LOGIN_FAILED,
              AuditDetail.of(AuditDetailCode.CODE_SIGN_IN_PAUSED));
          return Outcome.<SessionGrant, SignInDenial>failed(paused.get());
        }
        var secondFactor =
            matches && member.get().active()
                ? secondFactors.prove(id, command.code())
                : SecondFactors.Proof.NOT_PROVEN;
        if (secondFactor == SecondFactors.Proof.NOT_PROVEN
            || secondFactor == SecondFactors.Proof.PAUSED) {
          auditor.audit(Actor.staff(id), AuditAction.STAFF_LOGIN_FAILED);
          return unauthenticated();
        }
        // The session (and the account's last sign-in) first: the audit events come last.
        var grant = resolver.open(new Session.Subject.Staff(id));
        if (secondFactor == SecondFactors.Proof.RECOVERY_CODE) {
          auditor.audit(Actor.staff(id), AuditAction.RECOVERY_CODE_USED);
        }
        auditor.audit(Actor.staff(id), AuditAction.STAFF_LOGGED_IN);
        return Outcome.done(grant);
      });
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static Outcome<SessionGrant, SignInDenial> unauthenticated() {
    return Outcome.failed(new Failure.Unauthenticated());
  }
}
