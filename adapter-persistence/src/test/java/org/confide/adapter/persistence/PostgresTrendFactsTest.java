package org.confide.adapter.persistence;

import org.confide.application.port.out.TrendFacts;
import org.confide.testing.contract.TrendFactsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link TrendFactsContract} run against {@link JdbiTrendFacts} on PostgreSQL. */
@NeedsPostgres
class PostgresTrendFactsTest extends TrendFactsContract {

  private Database database;
  private TrendFacts adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiTrendFacts(database.transactions());
  }

  @Override
  protected TrendFacts trendFacts() {
    return adapter;
  }
}
