package org.confide.application.port.in;

import java.util.List;

/** An administrator lists the staff accounts. */
public interface ListStaffUseCase {

  /** Every staff account, active or not. */
  Outcome<List<IdentifyStaffUseCase.StaffIdentity>, StaffDenial> list(SessionToken session);
}
