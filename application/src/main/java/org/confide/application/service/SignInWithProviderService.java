package org.confide.application.service;

import java.time.Clock;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ProviderSignInFailure;
import org.confide.application.port.in.SessionGrant;
import org.confide.application.port.in.SignInWithProviderUseCase;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.StaffDirectory;
import org.confide.application.port.out.Transactions;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.session.Session;
import org.confide.domain.staff.EmailAddress;

/** Signs staff in through the organisation's identity provider, by their verified email address. */
public final class SignInWithProviderService implements SignInWithProviderUseCase {

  /** What the audit trail says of a single sign-on, beside the action. */
  static final String DETAIL = "single sign-on";

  static final String UNVERIFIED =
      "Your organisation's sign-in did not confirm your email address, so Confide cannot tell which"
          + " staff account is yours. Ask your IT team to confirm it, then try again.";
  static final String NO_ACCOUNT =
      "There is no Confide staff account for the email address your organisation's sign-in gave."
          + " An administrator adds staff accounts: ask one to add yours.";
  static final String DEACTIVATED =
      "Your Confide staff account is deactivated, so it cannot sign in. Ask an administrator if you"
          + " think this is wrong.";

  private final Auditor auditor;
  private final SessionResolver resolver;
  private final Transactions transactions;
  private final StaffDirectory staffDirectory;
  private final SecondFactors secondFactors;

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
   */
  public SignInWithProviderService(
      Auditor auditor,
      SessionResolver resolver,
      Transactions transactions,
      StaffDirectory staffDirectory,
      Authenticators authenticators,
      Secrets secrets,
      Clock clock) {
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.staffDirectory = Objects.requireNonNull(staffDirectory, "staffDirectory");
    this.secondFactors = new SecondFactors(auditor, authenticators, secrets, clock);
  }

  @Override
  public Outcome<SessionGrant, ProviderSignInFailure> signIn(Command command) {
    return transactions.inTransaction(() -> {
      // The trail never holds the email address, only the account when there is one.
      if (!command.emailVerified() || !EmailAddress.isValid(command.email())) {
        return refused(Actor.system(), "email not verified", UNVERIFIED);
      }
      var member = staffDirectory.findByEmail(EmailAddress.of(command.email()));
      if (member.isEmpty()) {
        return refused(Actor.system(), "no account", NO_ACCOUNT);
      }
      var id = member.get().id();
      if (!member.get().active()) {
        return refused(Actor.staff(id), "account deactivated", DEACTIVATED);
      }
      var recovered = false;
      if (!command.secondFactorByProvider()) {
        var proof = secondFactors.prove(id, command.code());
        var paused = secondFactors.paused(id);
        if (proof == SecondFactors.Proof.PAUSED && paused.isPresent()) {
          auditor.audit(
              Actor.staff(id), AuditAction.STAFF_LOGIN_FAILED, DETAIL + ": code sign-in paused");
          return Outcome.failed(paused.get());
        }
        if (proof == SecondFactors.Proof.NOT_PROVEN || proof == SecondFactors.Proof.PAUSED) {
          auditor.audit(Actor.staff(id), AuditAction.STAFF_LOGIN_FAILED, DETAIL + ": code");
          return Outcome.failed(new Failure.Unauthenticated());
        }
        recovered = proof == SecondFactors.Proof.RECOVERY_CODE;
      }
      // The session (and the account's last sign-in) first: the audit events come last.
      var grant = resolver.open(new Session.Subject.Staff(id), command.secondFactorByProvider());
      if (recovered) {
        auditor.audit(Actor.staff(id), AuditAction.RECOVERY_CODE_USED, DETAIL);
      }
      auditor.audit(
          Actor.staff(id),
          AuditAction.STAFF_LOGGED_IN,
          command.secondFactorByProvider() ? DETAIL + ", second factor by the provider" : DETAIL);
      return Outcome.done(grant);
    });
  }

  private Outcome<SessionGrant, ProviderSignInFailure> refused(
      Actor actor, String why, String reason) {
    auditor.audit(actor, AuditAction.STAFF_LOGIN_FAILED, DETAIL + ": " + why);
    return Outcome.failed(new Failure.Refused(reason));
  }
}
