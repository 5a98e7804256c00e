package org.confide.application.port.out;

import org.confide.domain.settings.ServiceSettings;

/** Where the organisation's {@link ServiceSettings} are kept. */
public interface Settings {

  /** The settings in force; {@link ServiceSettings#defaults()} until any are saved. */
  ServiceSettings current();

  /**
   * The settings in force, to make a change from: read from the store itself, never from a kept
   * copy, and held so that no other transaction saves settings until the calling one ends. Call it
   * inside a transaction; a change saved from it cannot undo a change saved meanwhile.
   */
  ServiceSettings currentForChange();

  /** Replaces the settings in force. */
  void save(ServiceSettings settings);
}
