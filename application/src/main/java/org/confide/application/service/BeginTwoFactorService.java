package org.confide.application.service;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.confide.application.crypto.Totp;
import org.confide.application.port.in.BeginTwoFactorUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.in.TwoFactorEnrolmentFailure;
import org.confide.application.port.out.Authenticators;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Authenticator;
import org.confide.domain.staff.StaffMember;

/** Gives a staff member the secret to put into their authenticator app. */
public final class BeginTwoFactorService implements BeginTwoFactorUseCase {

  /** The name an authenticator app shows beside the account. */
  static final String ISSUER = "Confide";

  private final Gate gate;
  private final Authenticators authenticators;
  private final RandomGenerator random;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param authenticators staff members' authenticators and recovery codes
   * @param random the source of references, codes and ids
   */
  public BeginTwoFactorService(Gate gate, Authenticators authenticators, RandomGenerator random) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public Outcome<Enrolment, TwoFactorEnrolmentFailure> begin(SessionToken session) {
    return gate.asSignedIn(
        session,
        TwoFactorEnrolmentFailure::from,
        member -> {
          var found = authenticators.find(member.id());
          if (found.isPresent() && found.get().confirmed()) {
            return Outcome.failed(Failure.Refused.of(ProblemCode.TWO_FACTOR_ALREADY_RESET));
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

  private static Enrolment enrolment(StaffMember member, Authenticator pending) {
    var secret = pending.secret();
    return new Enrolment(Totp.base32(secret), Totp.uri(secret, ISSUER, member.email().value()));
  }
}
