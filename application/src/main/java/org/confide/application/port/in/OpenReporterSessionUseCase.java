package org.confide.application.port.in;

/** An anonymous reporter comes back with their access code. */
public interface OpenReporterSessionUseCase {

  /**
   * Opens a session on the report the code belongs to. A malformed code and an unknown code get the
   * same answer, {@link Outcome.Unauthenticated}, so that the answer says nothing about which codes
   * exist.
   */
  Outcome<SessionGrant> open(String typedCode);
}
