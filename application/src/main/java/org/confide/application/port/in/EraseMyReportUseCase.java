package org.confide.application.port.in;

/** A reporter exercises their right to erasure, with their access code's session. */
public interface EraseMyReportUseCase {

  /**
   * Erases the report, its thread, notes, escalations, access code and sessions. Only the anonymous
   * trend facts remain, which say nothing about who reported or what they said.
   */
  Outcome<Outcome.Ok, SessionDenial> erase(SessionToken session);
}
