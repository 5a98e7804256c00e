package org.confide.application.memory;

import org.confide.application.port.out.PasswordResets;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.PasswordResetsContract;

class InMemoryPasswordResetsTest extends PasswordResetsContract {

  private final PasswordResets adapter = new InMemoryPasswordResets(new InMemoryTransactions());

  @Override
  protected PasswordResets passwordResets() {
    return adapter;
  }

  @Override
  protected StaffId aStaffMember() {
    return TestStaff.aStaffId();
  }
}
