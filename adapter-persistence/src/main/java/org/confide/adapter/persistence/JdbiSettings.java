package org.confide.adapter.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.confide.application.port.out.Settings;
import org.confide.domain.settings.ServiceSettings;
import org.jdbi.v3.core.Handle;

/**
 * {@link Settings} as one row of JSON in the {@code settings} table; the defaults are in force
 * while there is no row.
 *
 * <p>Every submission needs the settings, and they change only when an administrator saves them, so
 * the settings read are kept for {@link #CACHED_FOR}. A save through this adapter is seen by this
 * node at once (the saving transaction reads the row itself, and the kept copy is dropped when it
 * ends); a save through another node sharing the database is seen here within {@link #CACHED_FOR}.
 */
public final class JdbiSettings implements Settings {

  /** How long settings read from the database are used before they are read again. */
  public static final Duration CACHED_FOR = Duration.ofSeconds(5);

  private static final int ROW = 1;

  private final JdbiTransactions transactions;
  private final KeptCopy<ServiceSettings> kept;

  public JdbiSettings(JdbiTransactions transactions) {
    this(transactions, CACHED_FOR, System::nanoTime);
  }

  /** Settings kept for {@code cachedFor} as measured by {@code nanoTime} (tests pass their own). */
  JdbiSettings(JdbiTransactions transactions, Duration cachedFor, LongSupplier nanoTime) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.kept = new KeptCopy<>(transactions, cachedFor, nanoTime, this::read);
  }

  @Override
  public ServiceSettings current() {
    return kept.get();
  }

  private ServiceSettings read() {
    return transactions
        .withHandle(handle ->
            handle
                .createQuery("select settings from settings where id = :id")
                .bind("id", ROW)
                .mapTo(String.class)
                .findOne())
        .map(SettingsJson::read)
        .orElseGet(ServiceSettings::defaults);
  }

  @Override
  public ServiceSettings currentForChange() {
    return transactions.inTransactionWithHandle(handle -> {
      // The row must exist to be locked: the defaults are written first when nothing is saved yet,
      // which changes nothing in force. Another transaction changing the settings then waits for
      // this one to end, and reads what it saved.
      kept.changingUntilTheEnd();
      insert(handle, SettingsJson.write(ServiceSettings.defaults()));
      return handle
          .createQuery("select settings from settings where id = :id for update")
          .bind("id", ROW)
          .mapTo(String.class)
          .findOne()
          .map(SettingsJson::read)
          .orElseThrow();
    });
  }

  @Override
  public void save(ServiceSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    var json = SettingsJson.write(settings);
    // Update, else insert, else update again: H2 has no "on conflict do update", and of two nodes
    // saving the first settings at once the loser's insert finds the winner's row and replaces it.
    transactions.inTransactionWithHandle(handle -> {
      kept.changingUntilTheEnd();
      if (replace(handle, json) == 0 && insert(handle, json) == 0) {
        replace(handle, json);
      }
      return null;
    });
  }

  private static int insert(Handle handle, String json) {
    return handle
        .createUpdate(
            """
            insert into settings (id, settings) values (:id, :settings)
            on conflict do nothing
            """)
        .bind("id", ROW)
        .bind("settings", json)
        .execute();
  }

  private static int replace(Handle handle, String json) {
    return handle
        .createUpdate("update settings set settings = :settings where id = :id")
        .bind("id", ROW)
        .bind("settings", json)
        .execute();
  }
}
