package org.confide.application.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ProviderSignInFailure;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.PasswordHashing;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditDetail;
import org.confide.domain.audit.AuditDetailCode;
import org.confide.domain.session.Session;
import org.confide.domain.shared.FreeText;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.domain.staff.StaffMember;

/** Signs staff in through the organisation's identity provider, by their verified email address. */
public final class SignInWithProviderService implements SignInWithProviderUseCase {

  static final ProblemCode UNVERIFIED = ProblemCode.SSO_UNVERIFIED;
  static final ProblemCode NO_ACCOUNT = ProblemCode.SSO_NO_ACCOUNT;
  static final ProblemCode NO_MAPPED_GROUP = ProblemCode.SSO_NO_MAPPED_GROUP;
  static final ProblemCode DEACTIVATED = ProblemCode.SSO_DEACTIVATED;

  private final Auditor auditor;
  private final SessionResolver resolver;
  private final Transactions transactions;
  private final StaffDirectory staffDirectory;
  private final SecondFactors secondFactors;
  private final PasswordHashing passwords;
  private final RandomGenerator random;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param auditor records the audit events, stamped with the time and a fresh id
   * @param resolver opens the staff session
   * @param transactions runs the sign-in in one transaction
   * @param staffDirectory the staff accounts, found by email address
   * @param authenticators the members' authenticator secrets and recovery codes
   * @param secrets digests of codes
   * @param clock the time codes are checked at
   * @param passwords hashes the unknown password a provisioned account is created with
   * @param random the source of a provisioned account's id and unknown password
   */
  public SignInWithProviderService(
      Auditor auditor,
      SessionResolver resolver,
      Transactions transactions,
      StaffDirectory staffDirectory,
      Authenticators authenticators,
      Secrets secrets,
      Clock clock,
      PasswordHashing passwords,
      RandomGenerator random) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.secondFactors = new SecondFactors(auditor, authenticators, secrets, clock);
    this.passwords = Objects.requireNonNull(passwords, "passwords");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Outcome<SessionGrant, ProviderSignInFailure> signIn(Command command) {
    return transactions.inTransaction(() -> {
      // The trail never holds the email address, only the account when there is one.
      if (!command.emailVerified() || !EmailAddress.isValid(command.email())) {
        return refused(Actor.system(), AuditDetailCode.SSO_EMAIL_NOT_VERIFIED, UNVERIFIED);
      }
      var email = EmailAddress.of(command.email());
      var member = staffDirectory.findByEmail(email);
      if (member.isEmpty() && command.provision().isPresent()) {
        member = provision(email, command.provision().get());
        if (member.isEmpty()) {
          return refused(Actor.system(), AuditDetailCode.SSO_NO_MAPPED_GROUP, NO_MAPPED_GROUP);
        }
      }
      if (member.isEmpty()) {
        return refused(Actor.system(), AuditDetailCode.SSO_NO_ACCOUNT, NO_ACCOUNT);
      }
      var id = member.get().id();
      if (!member.get().active()) {
        return refused(Actor.staff(id), AuditDetailCode.SSO_DEACTIVATED, DEACTIVATED);
      }
      var recovered = false;
      if (!command.secondFactorByProvider()) {
        var proof = secondFactors.prove(id, command.code());
        var paused = secondFactors.paused(id);
        if (proof == SecondFactors.Proof.PAUSED && paused.isPresent()) {
          auditor.audit(
              Actor.staff(id),
              AuditAction.STAFF_LOGIN_FAILED,
              AuditDetail.of(AuditDetailCode.SSO_CODE_SIGN_IN_PAUSED));
          return Outcome.failed(paused.get());
        }
        if (proof == SecondFactors.Proof.NOT_PROVEN || proof == SecondFactors.Proof.PAUSED) {
          auditor.audit(
              Actor.staff(id),
              AuditAction.STAFF_LOGIN_FAILED,
              AuditDetail.of(AuditDetailCode.SSO_CODE));
          return Outcome.failed(new Failure.Unauthenticated());
        }
        recovered = proof == SecondFactors.Proof.RECOVERY_CODE;
      }
      // The session (and the account's last sign-in) first: the audit events come last.
      var grant = resolver.open(new Session.Subject.Staff(id), command.secondFactorByProvider());
      if (recovered) {
        auditor.audit(
            Actor.staff(id), AuditAction.RECOVERY_CODE_USED, AuditDetail.of(AuditDetailCode.SSO));
      }
      auditor.audit(
          Actor.staff(id),
          AuditAction.STAFF_LOGGED_IN,
          AuditDetail.of(
              command.secondFactorByProvider()
                  ? AuditDetailCode.SSO_SECOND_FACTOR
                  : AuditDetailCode.SSO));
      return Outcome.done(grant);
    });
  }

  /**
   * A new, active account for {@code email} with the mapped roles, added and audited; empty when no
   * group maps to a role. Only ever called for an address no account has, so provisioning never
   * reactivates a deactivated account nor changes an existing account's roles.
   */
  private Optional<StaffMember> provision(EmailAddress email, Provision provision) {
    if (provision.roles().isEmpty()) {
      return Optional.empty();
    }
    var name = provision.displayName().strip();
    if (FreeText.problem(name, 120).isPresent()) {
      name = email.value();
    }
    // The account signs in through the provider; its password is random and never shown, until
    // an administrator resets it. Hashed here, once in the account's life.
    var unknown = new char[32];
    for (int i = 0; i < unknown.length; i++) {
      unknown[i] = (char) ('!' + random.nextInt(94));
    }
    StaffMember member;
    try {
      member =
          StaffMember.create(
              StaffId.generate(random), email, name, provision.roles(), passwords.hash(unknown));
    } finally {
      Arrays.fill(unknown, '\0');
    }
    if (staffDirectory.add(member) == StaffDirectory.AddOutcome.EMAIL_TAKEN) {
      return staffDirectory.findByEmail(email);
    }
    // The trail names the account and its roles, never a claim the provider sent.
    auditor.audit(
        Actor.system(),
        AuditAction.STAFF_CREATED,
        AuditDetail.of(
            AuditDetailCode.ACCOUNT_ROLES_BY_PROVIDER,
            member.id().toString(),
            List.copyOf(EnumSet.copyOf(member.roles()))));
    return Optional.of(member);
  }

  private Outcome<SessionGrant, ProviderSignInFailure> refused(
      Actor actor, AuditDetailCode why, ProblemCode reason) {
    auditor.audit(actor, AuditAction.STAFF_LOGIN_FAILED, AuditDetail.of(why));
    return Outcome.failed(Failure.Refused.of(reason));
  }
}
