package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.AccessCodes;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.TransactionsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link TransactionsContract} run against {@link JdbiTransactions}, {@link JdbiReports} and
 * {@link JdbiAccessCodes} on PostgreSQL.
 */
@NeedsPostgres
class PostgresTransactionsTest extends TransactionsContract {

  private Database database;
  private Reports reports;
  private AccessCodes accessCodes;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    var key = new byte[32];
    var random = new SecureRandom();
    random.nextBytes(key);
    reports = new JdbiReports(database.transactions(), new FieldCipher(Map.of(1, key), 1, random));
    accessCodes = new JdbiAccessCodes(database.transactions());
  }

  @Override
  protected Reports reports() {
    return reports;
  }

  @Override
  protected AccessCodes accessCodes() {
    return accessCodes;
  }

  @Override
  protected Transactions transactions() {
    return database.transactions();
  }
}
