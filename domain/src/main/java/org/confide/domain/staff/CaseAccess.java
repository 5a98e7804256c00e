package org.confide.domain.staff;

import java.util.Optional;

/**
 * Need to know, as a rule: who may read and work a case. An adviser sees the unassigned queue and
 * the cases assigned to them, and nobody else's; a safeguarding lead sees the same, and also every
 * case with an escalation, because deciding one needs the whole case. A case held for safeguarding
 * is for the leads alone. Analysts and administrators never open a case (an administrator reads
 * report content only in a subject access export, {@link Permission#ANSWER_SUBJECT_ACCESS}).
 */
public final class CaseAccess {

  private CaseAccess() {}

  /**
   * Whether {@code staff} may read a case with this assignee and escalation state.
   *
   * @param staff the staff member asking
   * @param assignee the adviser the case is assigned to, if any
   * @param escalated whether the case has an escalation
   * @return true if they are active and may work cases, and the case is unassigned, theirs, or
   *     escalated while they are a safeguarding lead
   */
  public static boolean mayRead(StaffMember staff, Optional<StaffId> assignee, boolean escalated) {
    if (!staff.may(Permission.WORK_CASES)) {
      return false;
    }
    if (assignee.isEmpty() || assignee.get().equals(staff.id())) {
      return true;
    }
    return escalated && staff.may(Permission.DECIDE_ESCALATIONS);
  }

  /**
   * Whether {@code staff} may read a case held for safeguarding (its reporter asked for it to be
   * erased while an escalation was undecided or referred): only a safeguarding lead may, whoever
   * the case was assigned to. To anyone else it is as if it did not exist.
   *
   * @param staff the staff member asking
   * @return true if they are active, may work cases and decide escalations
   */
  public static boolean mayReadHeld(StaffMember staff) {
    return staff.may(Permission.WORK_CASES) && staff.may(Permission.DECIDE_ESCALATIONS);
  }

  /**
   * Whether {@code staff} may take a case as its adviser (advisers and leads who may read it).
   *
   * @param staff the staff member
   * @return true if they are active and may work cases
   */
  public static boolean mayBeAssigned(StaffMember staff) {
    return staff.may(Permission.WORK_CASES);
  }
}
