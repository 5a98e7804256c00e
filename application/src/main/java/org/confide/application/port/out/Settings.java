package org.confide.application.port.out;

import org.confide.domain.settings.ServiceSettings;

/** Where the organisation's {@link ServiceSettings} are kept. */
public interface Settings {

  /** {@return the settings in force; {@link ServiceSettings#defaults()} until any are saved} */
  ServiceSettings current();

  /**
   * The settings in force, to make a change from: read from the store itself, never from a kept
   * copy, and held so that no other transaction saves settings until the calling one ends. Call it
   * inside a transaction; a change saved from it cannot undo a change saved meanwhile.
   *
   * @return the settings in force, held until the transaction ends
   */
  ServiceSettings currentForChange();

  /**
   * Replaces the settings in force, whole.
   *
   * @param settings the settings
   */
  void save(ServiceSettings settings);
}
