package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.MessageThreadsContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link MessageThreadsContract} run against {@link JdbiMessageThreads} on the test PostgreSQL.
 */
@NeedsPostgres
class PostgresMessageThreadsTest extends MessageThreadsContract {

  private MessageThreads threads;

  @BeforeEach
  void emptyDatabase() {
    threads = new JdbiMessageThreads(TestDatabases.postgres().transactions(), cipher());
  }

  @Override
  protected MessageThreads threads() {
    return threads;
  }

  private static FieldCipher cipher() {
    var key = new byte[32];
    var random = new SecureRandom();
    random.nextBytes(key);
    return new FieldCipher(Map.of(1, key), 1, random);
  }
}
