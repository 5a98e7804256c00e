package org.confide.adapter.persistence;

import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.AuthenticatorsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link AuthenticatorsContract} run against {@link JdbiAuthenticators} on a private H2
 * database.
 */
class H2AuthenticatorsTest extends AuthenticatorsContract {

  private final Database database = TestDatabases.h2();
  private final Authenticators authenticators =
      new JdbiAuthenticators(database.transactions(), TestCiphers.random());
  private final JdbiStaffDirectory staff = new JdbiStaffDirectory(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
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
