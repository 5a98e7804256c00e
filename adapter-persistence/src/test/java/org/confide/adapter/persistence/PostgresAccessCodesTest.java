package org.confide.adapter.persistence;

import org.confide.application.port.out.AccessCodes;
import org.confide.testing.contract.AccessCodesContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link AccessCodesContract} run against {@link JdbiAccessCodes} on PostgreSQL, each report
 * stored before what belongs to it ({@link ReportsFirst}).
 */
@NeedsPostgres
class PostgresAccessCodesTest extends AccessCodesContract {

  private Database database;
  private AccessCodes adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = ReportsFirst.on(database).accessCodes(new JdbiAccessCodes(database.transactions()));
  }

  @Override
  protected AccessCodes accessCodes() {
    return adapter;
  }
}
