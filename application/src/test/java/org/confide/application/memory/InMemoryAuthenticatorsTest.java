package org.confide.application.memory;

import org.confide.application.port.out.Authenticators;
import org.confide.application.port.out.AuthenticatorsContract;
import org.confide.application.port.out.TestStaff;
import org.confide.domain.staff.StaffId;

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
