package org.confide.application.service;

import org.confide.application.port.in.Failure;
import org.confide.application.port.out.StaffDirectory;
import org.confide.domain.shared.ProblemCode;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffMember;

/**
 * The rule that one active administrator stays, for every change that could remove one. The
 * accounts are read locked ({@link StaffDirectory#allLocked}), so two administrators demoting or
 * deactivating each other at the same moment are checked one after the other, and the second sees
 * the first's change.
 */
final class Administrators {

  /** The refusal of a change that would leave no active administrator. */
  static final Failure.Refused LAST_ONE = Failure.Refused.of(ProblemCode.LAST_ADMINISTRATOR);

  private Administrators() {}

  /**
   * Whether an active administrator stays once {@code after} replaces the stored account with its
   * id. Call it inside the transaction that then writes {@code after}.
   */
  static boolean oneStaysAfter(StaffDirectory staffDirectory, StaffMember after) {
    return staffDirectory.allLocked().stream()
        .map(member -> member.id().equals(after.id()) ? after : member)
        .anyMatch(member -> member.active() && member.holds(Role.ADMIN));
  }
}
