package org.confide.domain.audit;

import java.util.Objects;
import org.confide.domain.staff.StaffId;

/** Who did an audited thing. */
public sealed interface Actor {

  /** A staff member, named by id. */
  record Staff(StaffId id) implements Actor {
    public Staff {
      Objects.requireNonNull(id, "actor staff id must not be null");
    }
  }

  /**
   * The reporter, with no identity at all: no session, address, device or code. The trail is read
   * by staff and may be disclosed, and a reporter's anonymity must survive both.
   */
  record Reporter() implements Actor {}

  /** Confide itself: the risk policy, a scheduled purge, a start-up task. */
  record System() implements Actor {}

  /** A staff member. */
  static Actor staff(StaffId id) {
    return new Staff(id);
  }

  /** The reporter. */
  static Actor reporter() {
    return new Reporter();
  }

  /** Confide itself. */
  static Actor system() {
    return new System();
  }
}
