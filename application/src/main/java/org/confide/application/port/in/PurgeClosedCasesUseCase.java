package org.confide.application.port.in;

/** Retention: closed cases are not kept for ever. Run by the scheduler, not by a person. */
public interface PurgeClosedCasesUseCase {

  /**
   * Removes cases closed longer ago than the retention period, with their threads, notes,
   * escalations, codes and sessions, in batches of 200; the anonymous trend facts stay. It also
   * ends safeguarding holds: a held report whose escalations were all stood down is erased, and one
   * that was referred is purged once the referral retention has passed since the referral. And it
   * forgets expired sessions and idempotency keys older than 24 hours. Run it every few hours (the
   * server's default is 6).
   *
   * @return how many cases it removed, held ones included
   */
  int purge();
}
