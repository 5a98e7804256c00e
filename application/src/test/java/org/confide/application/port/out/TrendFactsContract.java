package org.confide.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.application.port.out.TestData.facts;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.confide.domain.analytics.ReportFacts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link TrendFacts} adapter: facts are recorded whole — several of them may
 * be identical, as several reports may be alike — and read back by month, both ends inclusive. A
 * list once returned does not change. Concurrent writers lose no fact.
 *
 * <p>{@link #trendFacts()} must return the same adapter, empty, throughout one test.
 */
public abstract class TrendFactsContract {

  private static final YearMonth MARCH = YearMonth.of(2026, 3);

  /** The adapter under test, empty at the start of each test. */
  protected abstract TrendFacts trendFacts();

  @Nested
  class Recording {

    @Test
    void facts_are_read_back_whole() {
      var full = facts(MARCH);
      var sparse = new ReportFacts(MARCH, List.of(), Optional.empty(), Optional.empty(), false);

      trendFacts().record(full);
      trendFacts().record(sparse);

      assertThat(trendFacts().between(MARCH, MARCH)).containsExactlyInAnyOrder(full, sparse);
    }

    @Test
    void alike_facts_are_each_counted() {
      trendFacts().record(facts(MARCH));
      trendFacts().record(facts(MARCH));

      assertThat(trendFacts().between(MARCH, MARCH)).hasSize(2);
    }

    @Test
    void both_months_are_included() {
      var february = facts(MARCH.minusMonths(1));
      var march = facts(MARCH);
      var april = facts(MARCH.plusMonths(1));
      trendFacts().record(facts(MARCH.minusMonths(2)));
      trendFacts().record(february);
      trendFacts().record(march);
      trendFacts().record(april);
      trendFacts().record(facts(MARCH.plusMonths(2)));

      assertThat(trendFacts().between(MARCH.minusMonths(1), MARCH.plusMonths(1)))
          .containsExactlyInAnyOrder(february, march, april);
      assertThat(trendFacts().between(MARCH.plusYears(1), MARCH.plusYears(2))).isEmpty();
    }

    @Test
    void a_list_once_returned_does_not_change_with_later_facts() {
      trendFacts().record(facts(MARCH));

      var read = trendFacts().between(MARCH, MARCH);
      trendFacts().record(facts(MARCH));

      assertThat(read).hasSize(1);
    }
  }

  @Nested
  class Concurrency {

    @Test
    void concurrent_writers_lose_no_fact() {
      Concurrently.run((thread, step) -> {
        trendFacts().record(facts(MARCH));
        return null;
      });

      assertThat(trendFacts().between(MARCH, MARCH))
          .hasSize(Concurrently.THREADS * Concurrently.TIMES);
    }
  }
}
