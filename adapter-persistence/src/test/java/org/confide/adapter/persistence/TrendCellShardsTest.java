package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;
import org.confide.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Trend cells spread over shards (V7): reports alike in every fact are counted once each, and
 * transactions in flight together add to different rows, so none waits for another's row lock.
 */
class TrendCellShardsTest {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  private final Database database = TestDatabases.h2();
  private final JdbiTrendFacts facts = new JdbiTrendFacts(database.transactions());

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void alike_reports_are_spread_over_at_most_the_shards_and_counted_once_each() {
    for (int i = 0; i < 200; i++) {
      facts.record(TestData.facts(MARCH));
    }

    assertThat(facts.count(MARCH, MARCH, Set.of(TrendDimension.TYPE)))
        .extracting(Tally::reports)
        .containsExactly(200L);
    assertThat(cellRows()).isBetween(2, JdbiTrendFacts.SHARDS);
  }

  @Test
  void transactions_in_flight_together_do_not_wait_for_each_other() throws Exception {
    int together = 8;
    // Each transaction records, then waits for all the others to have recorded before it commits:
    // had two of them taken one row, the second would wait for the first's commit, which waits for
    // the second, and the barrier would time out.
    var allRecorded = new CyclicBarrier(together);
    var done = new ArrayList<Future<?>>();
    try (var pool = Executors.newFixedThreadPool(together)) {
      for (int i = 0; i < together; i++) {
        done.add(
            pool.submit(() ->
                database
                    .transactions()
                    .inTransaction(() -> {
                      facts.record(TestData.facts(MARCH));
                      await(allRecorded);
                      return null;
                    })));
      }
      for (var future : done) {
        future.get(30, TimeUnit.SECONDS);
      }
    }

    assertThat(facts.count(MARCH, MARCH, Set.of()))
        .extracting(Tally::reports)
        .containsExactly((long) together);
    assertThat(cellRows()).isEqualTo(together);
  }

  private int cellRows() {
    return database
        .jdbi()
        .withHandle(handle ->
            handle.createQuery("select count(*) from trend_cells").mapTo(Integer.class).one());
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("a transaction waited for another's trend cell", e);
    }
  }
}
