package org.confide.application.port.out;

/** Where the organisation's {@link ServiceSettings} are kept. */
public interface Settings {

  /** The settings in force; {@link ServiceSettings#defaults()} until any are saved. */
  ServiceSettings current();

  /** Replaces the settings in force. */
  void save(ServiceSettings settings);
}
