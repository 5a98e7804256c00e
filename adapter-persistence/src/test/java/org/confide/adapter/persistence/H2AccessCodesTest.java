package org.confide.adapter.persistence;

import org.confide.application.port.out.AccessCodes;
import org.confide.testing.contract.AccessCodesContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link AccessCodesContract} run against {@link JdbiAccessCodes} on a private in-memory H2,
 * each report stored before what belongs to it ({@link ReportsFirst}).
 */
class H2AccessCodesTest extends AccessCodesContract {

  private Database database;
  private AccessCodes adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = ReportsFirst.on(database).accessCodes(new JdbiAccessCodes(database.transactions()));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected AccessCodes accessCodes() {
    return adapter;
  }
}
