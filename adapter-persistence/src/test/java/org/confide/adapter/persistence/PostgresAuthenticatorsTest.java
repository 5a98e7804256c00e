package org.confide.adapter.persistence;

import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.AuthenticatorsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link AuthenticatorsContract} run against {@link JdbiAuthenticators} on PostgreSQL. */
@NeedsPostgres
class PostgresAuthenticatorsTest extends AuthenticatorsContract {

  private Authenticators authenticators;
  private JdbiStaffDirectory staff;

  @BeforeEach
  void connect() {
    var database = TestDatabases.postgres();
    authenticators = new JdbiAuthenticators(database.transactions(), TestCiphers.random());
    staff = new JdbiStaffDirectory(database.transactions());
  }

  @Override
  protected Authenticators authenticators() {
    return authenticators;
  }

  @Override
  protected StaffId aStaffMember() {
    var member = TestStaff.anAdviser().build();
    staff.add(member);
    return member.id();
  }
}
