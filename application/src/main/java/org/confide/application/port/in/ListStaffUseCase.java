package org.confide.application.port.in;

import java.util.List;

/** An administrator lists the staff accounts. */
public interface ListStaffUseCase {

  /**
   * Every staff account, active or not.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return every staff account, or why not (one of {@link StaffDenial})
   */
  Outcome<List<IdentifyStaffUseCase.StaffIdentity>, StaffDenial> list(SessionToken session);
}
