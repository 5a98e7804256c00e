package org.confide.domain.audit;

/** What was done; each action either concerns one report or none. */
public enum AuditAction {
  REPORT_SUBMITTED(true),
  REPORT_VIEWED(true),
  STATUS_CHANGED(true),
  ASSIGNED(true),
  /** The reporter shared contact details: the report is no longer anonymous. */
  ANONYMITY_CHANGED(true),
  ESCALATION_RAISED(true),
  ESCALATION_ACKNOWLEDGED(true),
  ESCALATION_REFERRED(true),
  ESCALATION_STOOD_DOWN(true),
  MESSAGE_SENT(true),
  NOTE_ADDED(true),
  /** Report content erased on request; the reference and this trail remain. */
  REPORT_ERASED(true),
  /** Report removed at the end of its retention period. */
  REPORT_PURGED(true),
  /** The team's response to the reporter passed its due time; noticed once per due time. */
  RESPONSE_OVERDUE(true),
  /** A raised escalation passed its acknowledgement time: the leads' list flags it. */
  ESCALATION_REMINDER(true),
  STAFF_CREATED(false),
  STAFF_ROLES_CHANGED(false),
  STAFF_DEACTIVATED(false),
  STAFF_LOGGED_IN(false),
  STAFF_LOGIN_FAILED(false),
  /** A staff member proved their authenticator app and was given recovery codes. */
  TWO_FACTOR_SET_UP(false),
  /** A staff member signed in with one of their recovery codes, which is now used up. */
  RECOVERY_CODE_USED(false),
  /** An administrator removed a member's authenticator; the member sets up a new one. */
  TWO_FACTOR_RESET(false),
  /** An administrator required two-factor sign-in of all staff, or stopped requiring it. */
  TWO_FACTOR_REQUIREMENT_CHANGED(false),
  CALENDAR_CHANGED(false),
  QUESTIONNAIRE_LOADED(false),
  /** A staff member opened a pattern alert, which spans several reports. */
  ALERT_OPENED(false),
  /** A staff member read a trend table; the detail names its range and dimensions. */
  TRENDS_READ(false);

  private final boolean concernsReport;

  AuditAction(boolean concernsReport) {
    this.concernsReport = concernsReport;
  }

  /** Whether an event of this kind names the report it concerns. */
  public boolean concernsReport() {
    return concernsReport;
  }
}
