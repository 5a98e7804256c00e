package org.confide.application.port.in;

/** Retention: closed cases are not kept for ever. Run by the scheduler, not by a person. */
public interface PurgeClosedCasesUseCase {

  /**
   * Removes cases closed longer ago than the retention period, with their threads, notes,
   * escalations, codes and sessions; the anonymous trend facts stay. Also ends safeguarding holds:
   * a held report whose escalations were all stood down is erased, and one that was referred is
   * purged once the referral retention has passed since the referral. Returns how many went.
   */
  int purge();
}
