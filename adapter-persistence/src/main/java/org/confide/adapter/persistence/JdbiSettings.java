package org.confide.adapter.persistence;

import java.util.Objects;
import org.confide.application.port.out.ServiceSettings;
import org.confide.application.port.out.Settings;
import org.jdbi.v3.core.Handle;

/**
 * {@link Settings} as one row of JSON in the {@code settings} table; the defaults are in force
 * while there is no row.
 */
public final class JdbiSettings implements Settings {

  private static final int ROW = 1;

  private final JdbiTransactions transactions;

  public JdbiSettings(JdbiTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
  }

  @Override
  public ServiceSettings current() {
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
  public void save(ServiceSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    var json = SettingsJson.write(settings);
    // Update, else insert, else update again: H2 has no "on conflict do update", and of two nodes
    // saving the first settings at once the loser's insert finds the winner's row and replaces it.
    transactions.inTransactionWithHandle(handle -> {
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
