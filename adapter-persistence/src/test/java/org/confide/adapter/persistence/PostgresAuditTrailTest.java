package org.confide.adapter.persistence;

import org.confide.application.port.out.AuditTrail;
import org.confide.testing.contract.AuditTrailContract;
import org.junit.jupiter.api.BeforeEach;

/**
 * The {@link AuditTrailContract} run against {@link JdbiAuditTrail} on the PostgreSQL test
 * database.
 */
@NeedsPostgres
class PostgresAuditTrailTest extends AuditTrailContract {

  private AuditTrail trail;

  @BeforeEach
  void emptyDatabase() {
    trail = new JdbiAuditTrail(TestDatabases.postgres().transactions());
  }

  @Override
  protected AuditTrail trail() {
    return trail;
  }
}
