package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.settings.CalendarChange;
import org.confide.domain.settings.ServiceSettings;

/** An administrator changes the working calendar or the service level. */
public interface ChangeCalendarUseCase {

  /**
   * Makes the change to the settings in force at that moment, in one transaction, and answers the
   * settings now in force: a change is never made from a copy read earlier, so two administrators
   * changing different things at once both keep theirs. A change that does not fit the calendar (a
   * second holiday on one date, overlapping closures, targets out of bounds) is {@link
   * Failure.Invalid}, named by the part of the change it concerns.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command one change
   * @return the settings now in force, with the change, or why not (one of {@link
   *     StaffRequestFailure})
   */
  Outcome<ServiceSettings, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * One change.
   *
   * @param change what to change
   */
  record Command(CalendarChange change) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(change, "change must not be null");
    }
  }
}
