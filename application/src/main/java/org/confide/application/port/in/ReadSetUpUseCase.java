package org.confide.application.port.in;

import org.confide.domain.settings.SetUp;

/** An administrator reads what remains to be set up before Confide is the organisation's own. */
public interface ReadSetUpUseCase {

  /**
   * The set-up checklist as things stand.
   *
   * @param session an administrator's session
   * @return each item and whether it is done, or why not
   */
  Outcome<SetUp, StaffDenial> read(SessionToken session);
}
