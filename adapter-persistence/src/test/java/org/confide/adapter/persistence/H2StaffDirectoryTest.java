package org.confide.adapter.persistence;

import org.confide.application.port.out.StaffDirectory;
import org.confide.testing.contract.StaffDirectoryContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The {@link StaffDirectoryContract} run against {@link JdbiStaffDirectory} on a private H2
 * database.
 */
class H2StaffDirectoryTest extends StaffDirectoryContract {

  private final Database database = TestDatabases.h2();
  private final StaffDirectory staff = new JdbiStaffDirectory(database.transactions());

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Override
  protected StaffDirectory staff() {
    return staff;
  }
}
