package org.confide.adapter.persistence;

import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.PasswordResetsContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link PasswordResetsContract} run against {@link JdbiPasswordResets} on a private H2
 * database.
 */
class H2PasswordResetsTest extends PasswordResetsContract {

  private final Database database = TestDatabases.h2();
  private final PasswordResets passwordResets = new JdbiPasswordResets(database.transactions());
  private final JdbiStaffDirectory staff = new JdbiStaffDirectory(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected PasswordResets passwordResets() {
    return passwordResets;
  }

  @Override
  protected StaffId aStaffMember() {
    var member = TestStaff.anAdviser().build();
    staff.add(member);
    return member.id();
  }
}
