package org.confide.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.confide.domain.analytics.ReportFacts;
import org.confide.domain.analytics.Tally;
import org.confide.domain.analytics.TrendDimension;
import org.confide.domain.questionnaire.OptionId;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** V4 counts the trend facts recorded before it, so that trends stay true across the upgrade. */
class TrendCellsMigrationTest {

  @Test
  void facts_recorded_before_trend_cells_are_counted_after_it() {
    var name = "migration-" + UUID.randomUUID();
    var url =
        "jdbc:h2:mem:"
            + name
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .target("3")
        .load()
        .migrate();
    Jdbi.create(url, "sa", "")
        .useHandle(handle -> {
          // As V1 wrote them: types in the order given, null for no answer.
          handle.execute(
              "insert into trend_facts (received_month, incident_types, where_option,"
                  + " reporter_role, anonymous) values"
                  + " ('2026-03', 'harassment,bullying', 'on-campus', 'student', true),"
                  + " ('2026-03', 'bullying,harassment', 'on-campus', null, true),"
                  + " ('2026-03', '', null, null, false),"
                  + " ('2026-04', 'stalking', 'online', 'staff', true)");
        });

    try (var database = Database.h2Memory(name)) {
      var facts = new JdbiTrendFacts(database.transactions());
      var march = YearMonth.of(2026, 3);

      assertThat(facts.count(march, march, Set.of(TrendDimension.TYPE)))
          .containsExactlyInAnyOrder(
              new Tally(Map.of(TrendDimension.TYPE, List.of("bullying", "harassment")), 2),
              new Tally(Map.of(TrendDimension.TYPE, List.of()), 1));
      assertThat(facts.count(march, march.plusMonths(1), Set.of(TrendDimension.WHERE)))
          .containsExactlyInAnyOrder(
              new Tally(Map.of(TrendDimension.WHERE, List.of("on-campus")), 2),
              new Tally(Map.of(TrendDimension.WHERE, List.of("online")), 1),
              new Tally(Map.of(TrendDimension.WHERE, List.of(Tally.NOT_ANSWERED)), 1));
      facts.record(
          new ReportFacts(
              march, List.of(OptionId.of("harassment")), Optional.empty(), Optional.empty(), true));
      assertThat(facts.count(march, march, Set.of())).containsExactly(new Tally(Map.of(), 4));
    }
  }
}
