package org.confide.adapter.persistence;

import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.Reports;
import org.confide.application.port.out.Transactions;
import org.confide.testing.contract.TransactionsContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link TransactionsContract} run against {@link JdbiTransactions}, {@link JdbiReports} and
 * {@link JdbiMessageThreads} on a private in-memory H2.
 */
class H2TransactionsTest extends TransactionsContract {

  private Database database;
  private Reports reports;
  private MessageThreads threads;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    reports = new JdbiReports(database.transactions(), TestCiphers.random());
    threads = new JdbiMessageThreads(database.transactions(), TestCiphers.random());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected Reports reports() {
    return reports;
  }

  @Override
  protected MessageThreads threads() {
    return threads;
  }

  @Override
  protected Transactions transactions() {
    return database.transactions();
  }
}
