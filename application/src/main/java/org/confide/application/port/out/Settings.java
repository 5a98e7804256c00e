package org.confide.application.port.out;

import org.confide.domain.settings.ServiceSettings;

/** Where the organisation's {@link ServiceSettings} are kept. */
public interface Settings {

  /** The settings in force; {@link ServiceSettings#defaults()} until any are saved. */
  ServiceSettings current();

  /** Replaces the settings in force. */
  void save(ServiceSettings settings);
}
