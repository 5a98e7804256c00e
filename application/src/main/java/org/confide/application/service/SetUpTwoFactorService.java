package org.confide.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.SetUpTwoFactorUseCase;
import org.confide.application.port.out.Session;
import org.confide.domain.audit.Actor;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.RecoveryCode;
import org.confide.domain.staff.StaffMember;

/** Sets up a staff member's authenticator app and recovery codes. */
public final class SetUpTwoFactorService implements SetUpTwoFactorUseCase {

  /** The name an authenticator app shows beside the account. */
  static final String ISSUER = "Confide";

  private final Context context;
  private final Gate gate;

  public SetUpTwoFactorService(Context context) {
    this.context = context;
    this.gate = new Gate(context);
  }

  @Override
  public Outcome<Status> status(SessionToken session) {
    return gate.asSignedIn(
        session,
        member -> {
          var authenticator =
              context.authenticators().find(member.id()).filter(Authenticator::confirmed);
          return Outcome.done(
              new Status(
                  authenticator.isPresent(),
                  context.settings().current().staffTwoFactorRequired(),
                  authenticator.map(a -> a.recoveryCodeDigests().size()).orElse(0)));
        });
  }

  @Override
  public Outcome<Enrolment> begin(SessionToken session) {
    return gate.asSignedIn(
        session,
        member -> {
          var found = context.authenticators().find(member.id());
          if (found.isPresent() && found.get().confirmed()) {
            return new Outcome.Refused<>(
                "Two-factor sign-in is already set up; an administrator can reset it");
          }
          var pending =
              found.orElseGet(() -> {
                var secret = new byte[Authenticator.SECRET_BYTES];
                context.random().nextBytes(secret);
                var created = Authenticator.pending(secret);
                context.authenticators().save(member.id(), created);
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
          var found = context.authenticators().find(member.id());
          if (found.isEmpty()) {
            return new Outcome.Refused<>("Start setting up two-factor sign-in first");
          }
          if (found.get().confirmed()) {
            return new Outcome.Refused<>("Two-factor sign-in is already set up");
          }
          if (code == null || code.isBlank()) {
            return Outcome.invalid("code", "Enter the 6-digit code your app shows");
          }
          var step = Totp.matchingStep(found.get().secret(), code, gate.now());
          if (step.isEmpty()) {
            return Outcome.invalid(
                "code",
                "That code is not right: enter the 6 digits your app shows now, and check the"
                    + " time on your phone is set automatically");
          }
          var shown = new ArrayList<String>();
          var digests = new HashSet<String>();
          while (digests.size() < RecoveryCode.ISSUED) {
            var recovery = RecoveryCode.generate(context.random());
            if (digests.add(context.secrets().digest(recovery))) {
              shown.add(recovery.display());
            }
          }
          context
              .authenticators()
              .save(member.id(), found.get().confirm(step.getAsLong(), digests));
          gate.audit(Actor.staff(member.id()), AuditAction.TWO_FACTOR_SET_UP, "");
          // A session that could do little becomes one that can do everything: a new token.
          gate.end(session, true);
          var renewed = gate.open(new Session.Subject.Staff(member.id()));
          return Outcome.done(new Confirmed(renewed, shown));
        });
  }

  private static Enrolment enrolment(StaffMember member, Authenticator pending) {
    var secret = pending.secret();
    return new Enrolment(Totp.base32(secret), Totp.uri(secret, ISSUER, member.email().value()));
  }
}
