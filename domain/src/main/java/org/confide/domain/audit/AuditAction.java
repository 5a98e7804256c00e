package org.confide.domain.audit;

/** What was done; each action either concerns one report or none. */
public enum AuditAction {
  /**
   * A reporter sent a new report. No longer raised: the trail records what staff read and change,
   * and a report's own time of receipt records its arrival. Kept so that earlier trails still read.
   */
  REPORT_SUBMITTED(true),
  /** A staff member opened a case and read the report. */
  REPORT_VIEWED(true),
  /** A case moved between new, open and closed; the detail says from what to what. */
  STATUS_CHANGED(true),
  /** A case was given to an adviser. */
  ASSIGNED(true),
  /**
   * The reporter shared contact details: an anonymous report became named, or a named report's
   * details were replaced.
   */
  ANONYMITY_CHANGED(true),
  /** An escalation was raised, by the risk policy at submission or by a staff member by hand. */
  ESCALATION_RAISED(true),
  /** A safeguarding lead took an escalation on. */
  ESCALATION_ACKNOWLEDGED(true),
  /** A safeguarding lead referred a case to an outside body. */
  ESCALATION_REFERRED(true),
  /** A safeguarding lead decided that no referral is needed. */
  ESCALATION_STOOD_DOWN(true),
  /** A message was sent in a report's thread, by the reporter or by staff. */
  MESSAGE_SENT(true),
  /** A staff member left an internal note on a case. */
  NOTE_ADDED(true),
  /** Report content erased on request; the reference and this trail remain. */
  REPORT_ERASED(true),
  /** Report removed at the end of its retention period. */
  REPORT_PURGED(true),
  /**
   * The reporter asked for erasure while a safeguarding escalation was undecided or referred: their
   * access ended, and the report is held for the safeguarding leads. It ends with {@link
   * #REPORT_ERASED} once the escalation is stood down, or {@link #REPORT_PURGED} once the referral
   * retention has passed, both by the system.
   */
  REPORT_HELD(true),
  /** The team's response to the reporter passed its due time; noticed once per due time. */
  RESPONSE_OVERDUE(true),
  /** A raised escalation passed its acknowledgement time: the leads' list flags it. */
  ESCALATION_REMINDER(true),
  /**
   * An administrator created a staff account, Confide created the first administrator, or single
   * sign-on provisioned one from the provider's groups.
   */
  STAFF_CREATED(false),
  /** A staff member's roles were changed. */
  STAFF_ROLES_CHANGED(false),
  /** An administrator deactivated a staff account; it can no longer sign in. */
  STAFF_DEACTIVATED(false),
  /** An administrator made a deactivated staff account active again. */
  STAFF_REACTIVATED(false),
  /** An administrator changed a staff member's display name; the detail names the account only. */
  STAFF_RENAMED(false),
  /** A staff member signed in. */
  STAFF_LOGGED_IN(false),
  /**
   * A staff sign-in was refused; the actor is the member when the email address is theirs, Confide
   * itself when it is nobody's.
   */
  STAFF_LOGIN_FAILED(false),
  /** A staff member changed their own password; their other sessions ended. */
  PASSWORD_CHANGED(false),
  /**
   * An administrator reset a member's password: the old one stopped working, their sessions ended
   * and a one-time set-password link was issued. The detail names the member by id, never the link.
   */
  PASSWORD_RESET_ISSUED(false),
  /** A staff member chose a new password with the one-time link an administrator issued. */
  PASSWORD_SET_BY_LINK(false),
  /** A staff member ended one of their own sessions from the list of them; no session is named. */
  SESSION_ENDED(false),
  /**
   * A staff member changed how their emails reach them (at once, in a daily digest, or not at all);
   * what they chose is not recorded.
   */
  NOTIFICATION_PREFERENCES_CHANGED(false),
  /** A staff member proved their authenticator app and was given recovery codes. */
  TWO_FACTOR_SET_UP(false),
  /** A staff member replaced their recovery codes, proving a fresh code from their app. */
  RECOVERY_CODES_REPLACED(false),
  /** A staff member signed in with one of their recovery codes, which is now used up. */
  RECOVERY_CODE_USED(false),
  /**
   * A staff member's code sign-in paused after too many wrong codes in a row; the detail says how
   * many and for how long.
   */
  CODE_SIGN_IN_PAUSED(false),
  /** An administrator removed a member's authenticator; the member sets up a new one. */
  TWO_FACTOR_RESET(false),
  /** An administrator required two-factor sign-in of all staff, or stopped requiring it. */
  TWO_FACTOR_REQUIREMENT_CHANGED(false),
  /**
   * An administrator changed the organisation's settings: the working calendar or service level, or
   * the trend and alert settings.
   */
  CALENDAR_CHANGED(false),
  /**
   * An administrator set the organisation's own emergency contacts, or went back to the national
   * ones; the detail says how many, never who.
   */
  EMERGENCY_CONTACTS_CHANGED(false),
  /**
   * An administrator changed how the service runs; the detail names the parts changed (organisation
   * name, retention, monitoring hours, closure notice), never their new values.
   */
  SERVICE_CHANGED(false),
  /**
   * An administrator saved one of the organisation's pages or passages; the detail names which (its
   * slug), never what it now says.
   */
  PAGE_CHANGED(false),
  /** A new version of the questionnaire was loaded; the detail names the version. */
  QUESTIONNAIRE_LOADED(false),
  /** An administrator added a questionnaire version, not yet in use; the detail names it. */
  QUESTIONNAIRE_ADDED(false),
  /**
   * An administrator put a questionnaire version in use; the detail names it and the one before.
   */
  QUESTIONNAIRE_PUT_IN_USE(false),
  /**
   * A safeguarding lead confirmed a questionnaire version that drops safeguarding signals, so it
   * may be put in use; the detail names the version.
   */
  QUESTIONNAIRE_SIGNALS_CONFIRMED(false),
  /** A staff member opened a pattern alert, which spans several reports. */
  ALERT_OPENED(false),
  /** A staff member read a trend table; the detail names its range and dimensions. */
  TRENDS_READ(false),
  /** A staff member read the service dashboard; the detail names its range of months. */
  DASHBOARD_READ(false),
  /**
   * A staff member read a page of the audit trail, or downloaded it; the detail names the filters,
   * never the events read.
   */
  AUDIT_TRAIL_READ(false),
  /**
   * A staff member checked that the audit trail's hash chain is whole; the detail says the answer.
   */
  AUDIT_TRAIL_VERIFIED(false),
  /** An administrator created a team; the detail names it by id. */
  TEAM_CREATED(false),
  /**
   * An administrator changed who belongs to a team; the detail names the team and members by id.
   */
  TEAM_MEMBERS_CHANGED(false),
  /** An administrator changed how new reports are routed to teams; the detail counts the rules. */
  ROUTING_CHANGED(false),
  /**
   * A staff member moved a case to another team; the detail names both teams by id (the reason is
   * kept as an internal note, since it may say something about the people involved).
   */
  CASE_MOVED(true),
  /**
   * A safeguarding lead excluded an adviser from a case for a conflict of interest; the detail
   * names the adviser by id (the reason is kept as an internal note).
   */
  ADVISER_EXCLUDED(true),
  /**
   * An adviser declared a conflict of interest on a case, which excludes them from it (the reason
   * is kept as an internal note).
   */
  CONFLICT_DECLARED(true),
  /**
   * A staff member exported a case file for a formal process; the detail says whether the internal
   * notes were included (the reason is kept as an internal note, since it may say something about
   * the people involved).
   */
  CASE_EXPORTED(true),
  /**
   * A safeguarding lead or administrator exported everything held about a named reporter, found by
   * their email address; the detail counts the reports and names them by reference, never the
   * address (the reason is kept as an internal note on each report exported).
   */
  SUBJECT_ACCESS_EXPORTED(false),
  /**
   * An administrator changed the list of outcomes or of tags for closing cases; the detail names
   * the list and counts its entries offered and retired.
   */
  CLOSING_LIST_CHANGED(false),
  /**
   * A case was closed with an outcome and tags; the detail names them by key (the reason for
   * closing is kept as an internal note).
   */
  OUTCOME_RECORDED(true),
  /**
   * A safeguarding lead lifted an adviser's exclusion from a case; the detail names the adviser by
   * id (the reason is kept as an internal note).
   */
  EXCLUSION_LIFTED(true),
  /**
   * An adviser entered a report for someone who told them in person, by phone or by email; the
   * detail names the channel, never what was told.
   */
  REPORT_ENTERED(true);

  private final boolean concernsReport;

  AuditAction(boolean concernsReport) {
    this.concernsReport = concernsReport;
  }

  /**
   * Whether an event of this kind names the report it concerns.
   *
   * @return true if every event of this kind has a {@link AuditEvent#subject() subject}; false if
   *     none has
   */
  public boolean concernsReport() {
    return concernsReport;
  }
}
