package org.confide.application.memory;

import org.confide.application.port.out.Authenticators;
import org.confide.domain.staff.StaffId;
import org.confide.testing.TestStaff;
import org.confide.testing.contract.AuthenticatorsContract;

class InMemoryAuthenticatorsTest extends AuthenticatorsContract {

  private final Authenticators adapter = new InMemoryAuthenticators(new InMemoryTransactions());

  @Override
  protected Authenticators authenticators() {
    return adapter;
  }

  @Override
  protected StaffId aStaffMember() {
    return TestStaff.aStaffId();
  }
}
