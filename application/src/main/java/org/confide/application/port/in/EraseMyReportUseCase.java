package org.confide.application.port.in;

/** A reporter exercises their right to erasure, with their access code's session. */
public interface EraseMyReportUseCase {

  /**
   * Erases the report, its thread, notes, escalations, access code and sessions; only the anonymous
   * trend facts remain, which say nothing about who reported or what they said. Where a
   * safeguarding escalation on the report is undecided or was referred, the report is held instead:
   * the reporter's access ends at once just the same, and the report is kept for the safeguarding
   * leads alone until the escalation is stood down (then erased) or the referral retention has
   * passed (then purged).
   *
   * @param session the reporter's session, from {@link OpenReporterSessionUseCase}
   * @return whether the report was erased or held; {@link Failure.Unauthenticated} if the session
   *     is missing or has ended
   */
  Outcome<Result, SessionDenial> erase(SessionToken session);

  /** What became of the report. */
  enum Result {
    /** The report and all that belonged to it are gone. */
    ERASED,
    /** The reporter's access has ended, and the report is kept for the safeguarding leads. */
    HELD
  }
}
