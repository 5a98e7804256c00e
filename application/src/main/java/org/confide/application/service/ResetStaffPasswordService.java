package org.confide.application.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LookUpFailure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ResetStaffPasswordUseCase;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.PasswordResets;
import org.confide.application.port.out.Sessions;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.session.Session;
import org.confide.domain.session.SessionPolicy;
import org.confide.domain.shared.RandomIds;
import org.confide.domain.staff.PasswordReset;
import org.confide.domain.staff.Permission;

/**
 * Resets a staff member's password for an administrator. The old password is replaced at once by
 * the hash of a random one nobody is told, so that whoever knew it is shut out, not only signed
 * out; the member chooses a new one with the one-time link.
 */
public final class ResetStaffPasswordService implements ResetStaffPasswordUseCase {

  private final Gate gate;
  private final Auditor auditor;
  private final PasswordHashing passwords;
  private final StaffDirectory staffDirectory;
  private final PasswordResets passwordResets;
  private final Sessions sessions;
  private final Notifier notifier;
  private final Secrets secrets;
  private final SessionPolicy sessionPolicy;
  private final RandomGenerator random;
  private final Clock clock;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param passwords hashes the random password that replaces the old one
   * @param staffDirectory the staff accounts
   * @param passwordResets the one-time set-password links
   * @param sessions the reporter and staff sessions
   * @param notifier emails the member the link
   * @param secrets derives the link's token from its id
   * @param sessionPolicy how long a link works
   * @param random the source of the link's id and the random password
   * @param clock the time
   */
  public ResetStaffPasswordService(
      Gate gate,
      Auditor auditor,
      PasswordHashing passwords,
      StaffDirectory staffDirectory,
      PasswordResets passwordResets,
      Sessions sessions,
      Notifier notifier,
      Secrets secrets,
      SessionPolicy sessionPolicy,
      RandomGenerator random,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.passwordResets = Objects.requireNonNull(passwordResets, "passwordResets");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.sessionPolicy = Objects.requireNonNull(sessionPolicy, "sessionPolicy");
    this.random = Objects.requireNonNull(random, "random");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<IssuedLink, LookUpFailure> reset(SessionToken session, Command command) {
    // Who may, and whether the account exists, before the slow hash: nobody else makes the server
    // hash.
    Outcome<Boolean, LookUpFailure> allowed =
        gate.asStaff(
            session,
            Permission.MANAGE_STAFF,
            LookUpFailure::from,
            admin -> Outcome.done(staffDirectory.find(command.staff()).isPresent()));
    switch (allowed) {
      case Outcome.Done<Boolean, LookUpFailure>(var exists) -> {
        if (!exists) {
          return Outcome.failed(new Failure.NotFound());
        }
      }
      case Outcome.Failed<Boolean, LookUpFailure>(var failure) -> {
        return Outcome.failed(failure);
      }
    }
    var unknowable = randomPassword();
    var locked = passwords.hash(unknowable);
    Arrays.fill(unknowable, '\0');
    var id = RandomIds.uuid(random);
    var token = secrets.passwordResetToken(id);
    return gate.asStaff(
        session,
        Permission.MANAGE_STAFF,
        LookUpFailure::from,
        admin -> {
          var found = staffDirectory.find(command.staff());
          if (found.isEmpty()) {
            return Outcome.failed(new Failure.NotFound());
          }
          var member = found.get();
          var now = clock.instant();
          var expiresAt = now.plus(sessionPolicy.passwordResetLink());
          staffDirectory.update(member.withPasswordHash(locked));
          passwordResets.replace(
              new PasswordReset(member.id(), Secrets.digestOfLinkToken(token), now, expiresAt));
          // Whoever knew the old password must not stay signed in on its strength.
          sessions.removeAll(new Session.Subject.Staff(member.id()));
          notifier.tellMemberOfPasswordReset(member, id);
          auditor.audit(
              Actor.staff(admin.id()),
              AuditAction.PASSWORD_RESET_ISSUED,
              AuditDetail.of(AuditDetailCode.ID, member.id().toString()));
          return Outcome.done(new IssuedLink(token, expiresAt));
        });
  }

  private char[] randomPassword() {
    var bytes = new byte[32];
    random.nextBytes(bytes);
    var text = HexFormat.of().formatHex(bytes).toCharArray();
    Arrays.fill(bytes, (byte) 0);
    return text;
  }
}
