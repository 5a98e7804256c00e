package org.confide.application.port.in;

import org.confide.domain.settings.ServiceSettings;

/** An administrator reads the settings in force. */
public interface ReadSettingsUseCase {

  /** The settings in force. */
  Outcome<ServiceSettings, StaffDenial> read(SessionToken session);
}
