package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.ReportsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link ReportsContract} run against {@link JdbiReports} on PostgreSQL. */
@NeedsPostgres
class PostgresReportsTest extends ReportsContract {

  private Database database;
  private Reports adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiReports(database.transactions(), cipher());
  }

  @Override
  protected Reports reports() {
    return adapter;
  }

  private static FieldCipher cipher() {
    var random = new SecureRandom();
    var key = new byte[32];
    random.nextBytes(key);
    return new FieldCipher(Map.of(1, key), 1, random);
  }
}
