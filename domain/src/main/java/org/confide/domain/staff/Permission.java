package org.confide.domain.staff;

import java.util.EnumSet;
import java.util.Set;

/** Something a staff member may do; granted by {@link Role}s, on a need-to-know basis. */
public enum Permission {
  /** See the unassigned queue and work cases (subject to {@link CaseAccess}). */
  WORK_CASES(Role.ADVISER, Role.SAFEGUARDING_LEAD),
  /**
   * Enter a report for someone who told a member of staff in person, by phone or by email: those
   * who work cases, since entering one starts one.
   */
  ENTER_REPORTS(Role.ADVISER, Role.SAFEGUARDING_LEAD),
  /** Raise an escalation by hand on a case one may read. */
  RAISE_ESCALATION(Role.ADVISER, Role.SAFEGUARDING_LEAD),
  /** Acknowledge, refer or stand down an escalation. */
  DECIDE_ESCALATIONS(Role.SAFEGUARDING_LEAD),
  /** See suppressed counts by type, place, period and role. */
  VIEW_TRENDS(Role.ANALYST, Role.SAFEGUARDING_LEAD, Role.ADMIN),
  /**
   * Read the service dashboard: response times, open and overdue cases per team and adviser,
   * escalations (audited).
   */
  READ_DASHBOARD(Role.SAFEGUARDING_LEAD, Role.ADMIN),
  /** See that a pattern alert exists and how many reports it joins. */
  VIEW_ALERTS(Role.ANALYST, Role.SAFEGUARDING_LEAD),
  /** Open the reports behind a pattern alert (audited). */
  OPEN_ALERT_REPORTS(Role.SAFEGUARDING_LEAD),
  /** Create and deactivate staff accounts. */
  MANAGE_STAFF(Role.ADMIN),
  /** Set holidays, closures, the service level and the questionnaire. */
  MANAGE_SERVICE(Role.ADMIN),
  /** Confirm a questionnaire version that drops safeguarding signals, so it can be put in use. */
  CONFIRM_SAFEGUARDING_CHANGES(Role.SAFEGUARDING_LEAD),
  /** Read the audit trail (reading it is audited too). */
  READ_AUDIT_TRAIL(Role.ADMIN, Role.SAFEGUARDING_LEAD),
  /**
   * Export everything held about a named reporter, found by their email address, to answer their
   * subject access request (audited). The one way an administrator reads report content: answering
   * the request is a legal duty of whoever runs the service, often the data protection office.
   */
  ANSWER_SUBJECT_ACCESS(Role.SAFEGUARDING_LEAD, Role.ADMIN);

  private final Set<Role> grantedTo;

  Permission(Role first, Role... rest) {
    this.grantedTo = EnumSet.of(first, rest);
  }

  /**
   * Whether any of {@code roles} grants this permission. Whether the account is active is not
   * considered; {@link StaffMember#may} does both.
   *
   * @param roles the roles held
   * @return true if at least one of them grants it
   */
  public boolean grantedToAny(Set<Role> roles) {
    return roles.stream().anyMatch(grantedTo::contains);
  }
}
