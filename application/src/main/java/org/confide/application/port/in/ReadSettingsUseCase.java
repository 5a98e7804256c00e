package org.confide.application.port.in;

import org.confide.domain.settings.ServiceSettings;

/** An administrator reads the settings in force. */
public interface ReadSettingsUseCase {

  /**
   * The settings in force.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the settings in force, or why not (one of {@link StaffDenial})
   */
  Outcome<ServiceSettings, StaffDenial> read(SessionToken session);
}
