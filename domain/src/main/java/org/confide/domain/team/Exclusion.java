package org.confide.domain.team;

import java.time.Instant;
import java.util.Objects;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.StaffId;

/**
 * A conflict of interest: {@code adviser} may not open, be given or be told about case {@code
 * reference}. A safeguarding lead excludes an adviser, or the adviser declares the conflict
 * themselves; the reason is kept as an internal note, never on the exclusion.
 *
 * @param reference the case
 * @param adviser the staff member kept away from it
 * @param by who excluded them: a lead, or the adviser themselves when they declared the conflict
 * @param at when
 */
public record Exclusion(ReportReference reference, StaffId adviser, StaffId by, Instant at) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public Exclusion {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(adviser, "adviser must not be null");
    Objects.requireNonNull(by, "by must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  /** {@return whether the adviser declared the conflict themselves} */
  public boolean declared() {
    return adviser.equals(by);
  }
}
