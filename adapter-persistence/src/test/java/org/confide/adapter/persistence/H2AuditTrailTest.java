package org.confide.adapter.persistence;

import org.confide.application.port.out.AuditTrail;
import org.confide.testing.contract.AuditTrailContract;
import org.junit.jupiter.api.AfterEach;

/** The {@link AuditTrailContract} run against {@link JdbiAuditTrail} on a private H2 database. */
class H2AuditTrailTest extends AuditTrailContract {

  private final Database database = TestDatabases.h2();
  private final AuditTrail trail = new JdbiAuditTrail(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected AuditTrail trail() {
    return trail;
  }
}
