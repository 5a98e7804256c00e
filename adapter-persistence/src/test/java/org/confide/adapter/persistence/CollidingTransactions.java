package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.confide.application.port.out.Transactions.StoreUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the database refuses a transaction for colliding with another, {@link JdbiTransactions} runs
 * it again, so that neither caller sees the collision; and a transaction kept waiting for a lock
 * that is never released fails within seconds as {@link StoreUnavailable} (a 503 to the web),
 * having written nothing. Two rows of {@code trend_cells} serve as the contested rows.
 */
abstract class CollidingTransactions {

  private Database database;

  abstract Database database();

  @BeforeEach
  void twoRows() {
    database = database();
    database
        .jdbi()
        .useHandle(handle -> {
          for (int shard = 0; shard < 2; shard++) {
            handle.execute(
                "insert into trend_cells (received_month, incident_types, where_option,"
                    + " reporter_role, anonymous, shard, reports)"
                    + " values ('2026-03', 'harassment', 'online', 'student', true, ?, 1)",
                shard);
          }
        });
  }

  @AfterEach
  void close() {
    if (database != null && database.kind() == Database.Kind.H2) {
      database.close();
    }
  }

  @Test
  void of_two_transactions_that_deadlock_both_end_committed() throws Exception {
    var bothHoldOne = new CyclicBarrier(2);
    var runs = new AtomicInteger();
    try (var threads = Executors.newFixedThreadPool(2)) {
      var first = threads.submit(() -> addToBoth(0, 1, bothHoldOne, runs));
      var second = threads.submit(() -> addToBoth(1, 0, bothHoldOne, runs));
      first.get(20, TimeUnit.SECONDS);
      second.get(20, TimeUnit.SECONDS);
    }

    // Each transaction added 1 to both rows: 1 + 2 in each. The database chose one to refuse, and
    // it was run again.
    assertThat(reports(0)).isEqualTo(3);
    assertThat(reports(1)).isEqualTo(3);
    assertThat(runs.get()).isGreaterThan(2);
  }

  @Test
  void a_transaction_kept_from_a_lock_fails_within_seconds_having_written_nothing() {
    try (var holder = database.jdbi().open()) {
      holder.begin();
      holder.execute("update trend_cells set reports = reports + 100 where shard = 0");

      long started = System.nanoTime();
      assertThatThrownBy(() ->
              database
                  .transactions()
                  .inTransaction(() -> {
                    add(1);
                    add(0);
                    return null;
                  }))
          .isInstanceOf(StoreUnavailable.class)
          .hasMessageContaining("colliding");
      var waited = Duration.ofNanos(System.nanoTime() - started);

      assertThat(waited)
          .isGreaterThanOrEqualTo(Database.LOCK_TIMEOUT)
          .isLessThan(Database.LOCK_TIMEOUT.multipliedBy(JdbiTransactions.ATTEMPTS + 1));
      holder.rollback();
    }
    assertThat(reports(0)).isEqualTo(1);
    assertThat(reports(1)).isEqualTo(1);
  }

  private void addToBoth(
      int firstShard, int secondShard, CyclicBarrier barrier, AtomicInteger runs) {
    database
        .transactions()
        .inTransaction(() -> {
          add(firstShard);
          if (runs.incrementAndGet() <= 2) {
            // Only the first run of each waits for the other: a run again goes straight through.
            await(barrier);
          }
          add(secondShard);
          return null;
        });
  }

  private void add(int shard) {
    database
        .transactions()
        .withHandle(handle ->
            handle.execute("update trend_cells set reports = reports + 1 where shard = ?", shard));
  }

  private long reports(int shard) {
    return database
        .jdbi()
        .withHandle(handle ->
            handle
                .createQuery("select reports from trend_cells where shard = :shard")
                .bind("shard", shard)
                .mapTo(Long.class)
                .one());
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction never took its row", e);
    }
  }
}
