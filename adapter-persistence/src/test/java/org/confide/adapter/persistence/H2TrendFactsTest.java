package org.confide.adapter.persistence;

import org.confide.application.port.out.TrendFacts;
import org.confide.testing.contract.TrendFactsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The {@link TrendFactsContract} run against {@link JdbiTrendFacts} on a private in-memory H2. */
class H2TrendFactsTest extends TrendFactsContract {

  private Database database;
  private TrendFacts adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiTrendFacts(database.transactions());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected TrendFacts trendFacts() {
    return adapter;
  }
}
