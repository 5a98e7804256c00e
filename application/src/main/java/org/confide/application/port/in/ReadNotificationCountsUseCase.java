package org.confide.application.port.in;

/** An administrator reads how many emails to staff wait, were sent and were given up. */
public interface ReadNotificationCountsUseCase {

  /**
   * The outbox's counts: numbers only, never a recipient, a reference or a kind.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the counts, or why not (one of {@link StaffDenial})
   */
  Outcome<Counts, StaffDenial> read(SessionToken session);

  /**
   * How many notifications wait, are held for a digest, were sent, were given up and were not sent
   * because their recipients chose so.
   *
   * @param waiting not sent yet
   * @param held held for their recipients' daily digests
   * @param sent accepted by the mail server, on their own or in a digest
   * @param givenUp every attempt failed
   * @param notWanted not sent, by their recipients' choice
   */
  record Counts(long waiting, long held, long sent, long givenUp, long notWanted) {
    /**
     * Refuses a negative count.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Counts {
      if (waiting < 0 || held < 0 || sent < 0 || givenUp < 0 || notWanted < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }
}
