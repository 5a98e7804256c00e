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
   * How many notifications wait, were sent and were given up.
   *
   * @param waiting not sent yet
   * @param sent accepted by the mail server
   * @param givenUp every attempt failed
   */
  record Counts(long waiting, long sent, long givenUp) {
    /**
     * Refuses a negative count.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public Counts {
      if (waiting < 0 || sent < 0 || givenUp < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }
}
