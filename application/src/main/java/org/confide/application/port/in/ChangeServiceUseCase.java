package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.settings.ServiceChange;
import org.confide.domain.settings.ServiceSettings;

/**
 * An administrator changes how the service runs: the organisation's name, how long closed cases are
 * kept, when messages are read, and how early closures are announced.
 */
public interface ChangeServiceUseCase {

  /**
   * Makes the change to the settings in force at that moment, in one transaction, and answers the
   * settings now in force. A change that breaks a rule is {@link Failure.Invalid}, each problem
   * named by its field ({@code closedCaseRetentionDays}, {@code monitoring.to}...); nothing is
   * changed.
   *
   * @param session an administrator's session
   * @param command the change
   * @return the settings now in force, or why not
   */
  Outcome<ServiceSettings, StaffRequestFailure> change(SessionToken session, Command command);

  /**
   * One change.
   *
   * @param change what to change
   */
  record Command(ServiceChange change) {
    /**
     * Refuses a missing change.
     *
     * @throws NullPointerException if {@code change} is null
     */
    public Command {
      Objects.requireNonNull(change, "change must not be null");
    }
  }
}
