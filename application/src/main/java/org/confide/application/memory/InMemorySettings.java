package org.confide.application.memory;

import java.util.Objects;
import org.confide.application.port.out.Settings;
import org.confide.domain.settings.ServiceSettings;

/** {@link Settings} in memory: the defaults until an administrator saves others. */
public final class InMemorySettings implements Settings {

  private static final String CURRENT = "current";

  private final InMemoryStore<String, ServiceSettings> settings;

  /**
   * An empty store that takes part in {@code transactions}: give every store of one application the
   * same instance, so that a use case's writes to all of them commit or roll back together.
   *
   * @param transactions the transactions shared by the application's in-memory stores
   */
  public InMemorySettings(InMemoryTransactions transactions) {
    this.settings = new InMemoryStore<>(transactions);
  }

  @Override
  public ServiceSettings current() {
    return settings.get(CURRENT).orElseGet(ServiceSettings::defaults);
  }

  @Override
  public ServiceSettings currentForChange() {
    // In memory a transaction holds the one lock from its start to its end: no one else saves.
    return current();
  }

  @Override
  public void save(ServiceSettings settings) {
    this.settings.put(CURRENT, Objects.requireNonNull(settings, "settings must not be null"));
  }
}
