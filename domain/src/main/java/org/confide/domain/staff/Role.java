package org.confide.domain.staff;

/**
 * What a staff member is there to do. Roles grant need-to-know, not rank: an administrator runs the
 * service and opens no case (it reads report content only to answer a reporter's subject access
 * request), an analyst sees only counts.
 */
public enum Role {
  /** Works cases: the unassigned queue and the cases assigned to them. */
  ADVISER,
  /** Decides escalations, and may read any case that shows a safeguarding concern. */
  SAFEGUARDING_LEAD,
  /** Sees trends and pattern alerts as counts; never a report. */
  ANALYST,
  /** Manages staff accounts, the questionnaire, the working calendar and the service level. */
  ADMIN
}
