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

  public IdentifyReporterService(Gate gate) {
    this.gate = Objects.requireNonNull(gate, "gate");
  }

  @Override
  public Outcome<Outcome.Ok, SessionDenial> identify(SessionToken session) {
    return gate.asReporter(session, Function.identity(), report -> Outcome.ok());
  }
}
