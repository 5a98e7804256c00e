package org.confide.application.port.in;

import java.util.Objects;

/** An anonymous reporter comes back with their access code. */
public interface OpenReporterSessionUseCase {

  /**
   * Opens a session on the report the code belongs to. A malformed code and an unknown code get the
   * same answer, {@link Failure.Unauthenticated}, so that the answer says nothing about which codes
   * exist.
   *
   * @param command the code as the reporter typed it
   * @return the new session and when it expires at the latest, or why not (one of {@link
   *     SessionDenial})
   */
  Outcome<SessionGrant, SessionDenial> open(Command command);

  /**
   * The code as the reporter typed it: read by the use case, so that a malformed code costs what an
   * unknown one does.
   *
   * @param typedCode the access code as typed, in any case, with or without dashes; nothing typed
   *     (null) is taken as empty, and answered as any malformed code is
   */
  record Command(String typedCode) {
    /** Takes a null code as empty, which then fails as any malformed code does. */
    public Command {
      typedCode = Objects.requireNonNullElse(typedCode, "");
    }

    @Override
    public String toString() {
      return "OpenReporterSession[hidden]";
    }
  }
}
