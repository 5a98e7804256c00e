package org.confide.application.port.in;

/**
 * How many cases are open and how many of those are overdue, as numbers only: for the service's
 * metrics, read by the deployment rather than by a person, so it names no case and needs no
 * session.
 */
public interface CountCasesUseCase {

  /**
   * The cases not closed, and those of them whose awaited response is past its target now (as the
   * staff's overdue list counts them, for every adviser at once).
   *
   * @return the counts, read from the store now
   */
  CaseCounts count();

  /**
   * Counts only.
   *
   * @param open cases not closed
   * @param overdue open cases whose awaited response is past due
   */
  record CaseCounts(int open, int overdue) {
    /**
     * Counts that agree with each other.
     *
     * @throws IllegalArgumentException if a count is negative or more are overdue than open
     */
    public CaseCounts {
      if (open < 0 || overdue < 0 || overdue > open) {
        throw new IllegalArgumentException("counts must be 0 <= overdue <= open");
      }
    }
  }
}
