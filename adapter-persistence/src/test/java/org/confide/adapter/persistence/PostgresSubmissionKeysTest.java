package org.confide.adapter.persistence;

import org.confide.application.port.out.SubmissionKeys;
import org.confide.testing.contract.SubmissionKeysContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link SubmissionKeysContract} run against {@link JdbiSubmissionKeys} on PostgreSQL. */
@NeedsPostgres
class PostgresSubmissionKeysTest extends SubmissionKeysContract {

  private Database database;
  private SubmissionKeys adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.postgres();
    adapter = new JdbiSubmissionKeys(database.transactions());
  }

  @Override
  protected SubmissionKeys keys() {
    return adapter;
  }
}
