package org.confide.application.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Secrets;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.Settings;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.session.Session;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.RecoveryCode;
import org.confide.domain.staff.StaffMember;

/** Sets up a staff member's authenticator app and recovery codes. */
public final class SetUpTwoFactorService implements SetUpTwoFactorUseCase {

  /** The name an authenticator app shows beside the account. */
  static final String ISSUER = "Confide";

  private final Gate gate;
  private final Auditor auditor;
  private final SessionResolver resolver;
  private final Authenticators authenticators;
  private final Settings settings;
  private final RandomGenerator random;
  private final Secrets secrets;
  private final Clock clock;

  public SetUpTwoFactorService(
      Gate gate,
      Auditor auditor,
      SessionResolver resolver,
      Authenticators authenticators,
      Settings settings,
      RandomGenerator random,
      Secrets secrets,
      Clock clock) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.auditor = Objects.requireNonNull(auditor, "auditor");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.random = Objects.requireNonNull(random, "random");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Outcome<Status> status(SessionToken session) {
    return gate.asSignedIn(
        session,
        member -> {
          var authenticator = authenticators.find(member.id()).filter(Authenticator::confirmed);
          return Outcome.done(
              new Status(
                  authenticator.isPresent(),
                  settings.current().staffTwoFactorRequired(),
                  authenticator.map(a -> a.recoveryCodeDigests().size()).orElse(0)));
        });
  }

  @Override
  public Outcome<Enrolment> begin(SessionToken session) {
    return gate.asSignedIn(
        session,
        member -> {
          var found = authenticators.find(member.id());
          if (found.isPresent() && found.get().confirmed()) {
            return new Outcome.Refused<>(
                "Two-factor sign-in is already set up; an administrator can reset it");
          }
          var pending =
              found.orElseGet(() -> {
                var secret = new byte[Authenticator.SECRET_BYTES];
                random.nextBytes(secret);
                var created = Authenticator.pending(secret);
                authenticators.save(member.id(), created);
                return created;
              });
          return Outcome.done(enrolment(member, pending));
        });
  }

  @Override
  public Outcome<Confirmed> confirm(SessionToken session, String code) {
    return gate.asSignedIn(
        session,
        member -> {
          var found = authenticators.find(member.id());
          if (found.isEmpty()) {
            return new Outcome.Refused<>("Start setting up two-factor sign-in first");
          }
          if (found.get().confirmed()) {
            return new Outcome.Refused<>(ALREADY_SET_UP);
          }
          if (code == null || code.isBlank()) {
            return Outcome.invalid("code", "Enter the 6-digit code your app shows");
          }
          var step = Totp.matchingStep(found.get().secret(), code, clock.instant());
          if (step.isEmpty()) {
            return Outcome.invalid(
                "code",
                "That code is not right: enter the 6 digits your app shows now, and check the"
                    + " time on your phone is set automatically");
          }
          var shown = new ArrayList<String>();
          var digests = new HashSet<String>();
          while (digests.size() < RecoveryCode.ISSUED) {
            var recovery = RecoveryCode.generate(random);
            if (digests.add(secrets.digest(recovery))) {
              shown.add(recovery.display());
            }
          }
          authenticators.save(member.id(), found.get().confirm(step.getAsLong(), digests));
          auditor.audit(Actor.staff(member.id()), AuditAction.TWO_FACTOR_SET_UP, "");
          // A session that could do little becomes one that can do everything: a new token.
          resolver.end(session, true);
          var renewed = resolver.open(new Session.Subject.Staff(member.id()));
          return Outcome.done(new Confirmed(renewed, shown));
        });
  }

  private static Enrolment enrolment(StaffMember member, Authenticator pending) {
    var secret = pending.secret();
    return new Enrolment(Totp.base32(secret), Totp.uri(secret, ISSUER, member.email().value()));
  }
}
