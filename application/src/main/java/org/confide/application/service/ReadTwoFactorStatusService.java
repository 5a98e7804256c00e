package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadTwoFactorStatusUseCase;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;
import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.Settings;
import org.confide.domain.staff.Authenticator;

/** Tells a staff member where they stand with two-factor sign-in. */
public final class ReadTwoFactorStatusService implements ReadTwoFactorStatusUseCase {

  private final Gate gate;
  private final Authenticators authenticators;
  private final Settings settings;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   * @param authenticators staff members' authenticators and recovery codes
   * @param settings the settings in force: calendar, targets, analysis and the two-factor
   *     requirement
   */
  public ReadTwoFactorStatusService(Gate gate, Authenticators authenticators, Settings settings) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.authenticators = Objects.requireNonNull(authenticators, "authenticators");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  @Override
  public Outcome<Status, SessionDenial> read(SessionToken session) {
    return gate.asSignedIn(
        session,
        Function.identity(),
        member -> {
          var authenticator = authenticators.find(member.id()).filter(Authenticator::confirmed);
          return Outcome.done(
              new Status(
                  authenticator.isPresent(),
                  settings.current().staffTwoFactorRequired(),
                  authenticator.map(a -> a.recoveryCodeDigests().size()).orElse(0)));
        });
  }
}
