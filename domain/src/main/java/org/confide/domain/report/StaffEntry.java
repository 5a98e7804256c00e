package org.confide.domain.report;

import java.util.Objects;
import org.confide.domain.staff.StaffId;

/**
 * A report an adviser entered for someone who told them in person, by phone or by email, rather
 * than one the reporter sent themselves. The reporter holds no access code to it, so it has no
 * thread with them: the adviser reaches a named reporter through the contact details given.
 *
 * @param channel how the disclosure reached the adviser
 * @param enteredBy the staff member who entered it
 */
public record StaffEntry(Channel channel, StaffId enteredBy) {
  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public StaffEntry {
    Objects.requireNonNull(channel, "channel must not be null");
    Objects.requireNonNull(enteredBy, "entered by must not be null");
  }
}
