package org.confide.application.port.in;

/** Retention: closed cases are not kept for ever. Run by the scheduler, not by a person. */
public interface PurgeClosedCasesUseCase {

  /**
   * Removes cases closed longer ago than the retention period, with their threads, notes,
   * escalations, codes and sessions; the anonymous trend facts stay. Returns how many went.
   */
  int purge();
}
