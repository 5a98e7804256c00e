package org.confide.adapter.persistence;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
  private final long cachedForNanos;
  private final LongSupplier nanoTime;
  // Bumped when a transaction that saved settings ends: a copy read before then is not kept.
  private final AtomicLong generation = new AtomicLong();
  // Transactions on this node that saved settings and have not ended: while there are any, the
  // row is read each time, so the saving transaction sees its own write.
  private final AtomicInteger saving = new AtomicInteger();
  private volatile Kept kept;

  private record Kept(ServiceSettings settings, long generation, long readAt) {}

  public JdbiSettings(JdbiTransactions transactions) {
    this(transactions, CACHED_FOR, System::nanoTime);
  }

  /** Settings kept for {@code cachedFor} as measured by {@code nanoTime} (tests pass their own). */
  JdbiSettings(JdbiTransactions transactions, Duration cachedFor, LongSupplier nanoTime) {
    this.transactions = Objects.requireNonNull(transactions, "transactions must not be null");
    this.cachedForNanos = Objects.requireNonNull(cachedFor, "cachedFor must not be null").toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime must not be null");
  }

  @Override
  public ServiceSettings current() {
    var now = nanoTime.getAsLong();
    var copy = kept;
    var keepable = saving.get() == 0;
    var stamp = generation.get();
    if (keepable
        && copy != null
        && copy.generation() == stamp
        && now - copy.readAt() < cachedForNanos) {
      return copy.settings();
    }
    var read = read();
    if (keepable) {
      kept = new Kept(read, stamp, now);
    }
    return read;
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
      savingUntilTheEnd();
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

  /** Until the running transaction ends, this node reads the row itself, never a kept copy. */
  private void savingUntilTheEnd() {
    saving.incrementAndGet();
    transactions.afterEnd(() -> {
      generation.incrementAndGet();
      saving.decrementAndGet();
    });
  }

  @Override
  public void save(ServiceSettings settings) {
    Objects.requireNonNull(settings, "settings must not be null");
    var json = SettingsJson.write(settings);
    // Update, else insert, else update again: H2 has no "on conflict do update", and of two nodes
    // saving the first settings at once the loser's insert finds the winner's row and replaces it.
    transactions.inTransactionWithHandle(handle -> {
      savingUntilTheEnd();
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
