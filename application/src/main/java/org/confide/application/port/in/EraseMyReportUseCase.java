package org.confide.application.port.in;

/** A reporter exercises their right to erasure, with their access code's session. */
public interface EraseMyReportUseCase {

  /**
   * Erases the report, its thread, notes, escalations, access code and sessions. Only the anonymous
   * trend facts remain, which say nothing about who reported or what they said.
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @return {@link Outcome.Ok} once the report and all kept with it are erased, or why not (one of
   *     {@link SessionDenial})
   */
  Outcome<Outcome.Ok, SessionDenial> erase(SessionToken session);
}
