package org.confide.domain.audit;

import java.util.Objects;
import org.confide.domain.staff.StaffId;

/** Who did an audited thing. */
public sealed interface Actor {

  /**
   * A staff member, named by id.
   *
   * @param id the staff member who acted
   */
  record Staff(StaffId id) implements Actor {
    /**
     * A staff actor.
     *
     * @throws NullPointerException if {@code id} is null
     */
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

  /**
   * A staff member.
   *
   * @param id the staff member who acted
   * @return a {@link Staff} actor
   */
  static Actor staff(StaffId id) {
    return new Staff(id);
  }

  /**
   * The reporter.
   *
   * @return a {@link Reporter} actor, the same as every other
   */
  static Actor reporter() {
    return new Reporter();
  }

  /**
   * Confide itself.
   *
   * @return a {@link System} actor
   */
  static Actor system() {
    return new System();
  }
}
