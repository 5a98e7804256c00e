package org.confide.adapter.persistence;

import java.security.SecureRandom;
import java.util.Map;
import org.confide.application.port.out.MessageThreads;
import org.confide.application.port.out.MessageThreadsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link MessageThreadsContract} run against {@link JdbiMessageThreads} on a private H2
 * database.
 */
class H2MessageThreadsTest extends MessageThreadsContract {

  private final Database database = TestDatabases.h2();
  private final MessageThreads threads = new JdbiMessageThreads(database.transactions(), cipher());

  @AfterEach
  void closeDatabase() {
    database.close();
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
