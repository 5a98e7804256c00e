package org.confide.adapter.persistence;

import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.PasswordResetsContract;
import org.junit.jupiter.api.BeforeEach;

/** The {@link PasswordResetsContract} run against {@link JdbiPasswordResets} on PostgreSQL. */
@NeedsPostgres
class PostgresPasswordResetsTest extends PasswordResetsContract {

  private PasswordResets passwordResets;
  private JdbiStaffDirectory staff;

  @BeforeEach
  void connect() {
    var database = TestDatabases.postgres();
    passwordResets = new JdbiPasswordResets(database.transactions());
    staff = new JdbiStaffDirectory(database.transactions());
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
