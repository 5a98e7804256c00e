package org.confide.adapter.persistence;

import org.confide.application.port.out.SubmissionKeys;
import org.confide.testing.contract.SubmissionKeysContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link SubmissionKeysContract} run against {@link JdbiSubmissionKeys} on a private in-memory
 * H2.
 */
class H2SubmissionKeysTest extends SubmissionKeysContract {

  private Database database;
  private SubmissionKeys adapter;

  @BeforeEach
  void connect() {
    database = TestDatabases.h2();
    adapter = new JdbiSubmissionKeys(database.transactions());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  protected SubmissionKeys keys() {
    return adapter;
  }
}
