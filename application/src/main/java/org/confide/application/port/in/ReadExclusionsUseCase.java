package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;

/**
 * A safeguarding lead reads who is excluded from a case for a conflict of interest. The reasons are
 * the case's internal notes.
 */
public interface ReadExclusionsUseCase {

  /**
   * The exclusions, oldest first, of any case the lead is not excluded from themselves; otherwise,
   * or when there is no such case, {@link Failure.NotFound}.
   *
   * @param session the acting safeguarding lead's session, from {@link LogInStaffUseCase}
   * @param command which case
   * @return the exclusions, or why not (one of {@link LookUpFailure})
   */
  Outcome<List<Excluded>, LookUpFailure> read(SessionToken session, Command command);

  /**
   * Which case.
   *
   * @param reference the case
   */
  record Command(ReportReference reference) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(reference, "reference must not be null");
    }
  }

  /**
   * One adviser excluded from the case.
   *
   * @param adviser their email address
   * @param adviserName their display name
   * @param excludedBy the email address of who excluded them (their own when they declared it)
   * @param declared whether they declared the conflict themselves
   * @param at when
   */
  record Excluded(
      String adviser, String adviserName, String excludedBy, boolean declared, Instant at) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Excluded {
      Objects.requireNonNull(adviser, "adviser must not be null");
      Objects.requireNonNull(adviserName, "adviser name must not be null");
      Objects.requireNonNull(excludedBy, "excluded by must not be null");
      Objects.requireNonNull(at, "at must not be null");
    }
  }
}
