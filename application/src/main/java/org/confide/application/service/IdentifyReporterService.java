package org.confide.application.service;

import java.util.Objects;
import java.util.function.Function;
import org.confide.application.port.in.IdentifyReporterUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.SessionDenial;
import org.confide.application.port.in.SessionToken;

/** Tells a route whether a session is a live reporter session. */
public final class IdentifyReporterService implements IdentifyReporterUseCase {

  private final Gate gate;

  /**
   * The service, wired by {@link org.confide.application.Confide#assemble}: an embedder uses that,
   * or {@link org.confide.application.InMemoryConfide}, rather than this.
   *
   * @param gate resolves the acting party's session, checks two-factor sign-in and the role, and
   *     runs the work in one transaction
   */
  public IdentifyReporterService(Gate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public Outcome<Outcome.Ok, SessionDenial> identify(SessionToken session) {
    return gate.asReporter(session, Function.identity(), report -> Outcome.ok());
  }
}
