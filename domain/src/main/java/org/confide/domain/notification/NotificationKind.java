package org.confide.domain.notification;

/**
 * What happened that a staff member is told of. Each kind has a generic subject line and one
 * sentence, the same for every case, so an email names the kind of event and nothing more; their
 * words are in each language's bundle, under {@link #subjectKey()} and {@link #sentenceKey()}.
 */
public enum NotificationKind {
  /** A new report is in the queue: told to the advisers who may work it. */
  NEW_REPORT,
  /** A reporter wrote on a case: told to its assignee, or the advisers when unassigned. */
  REPORTER_MESSAGE,
  /** A case's response is due tomorrow: told to its assignee, or the advisers. */
  CASE_DUE_TOMORROW,
  /** A case's response became overdue: told to its assignee, or the advisers. */
  CASE_OVERDUE,
  /** A report was escalated as urgent: told to every active safeguarding lead at once. */
  URGENT_ESCALATION,
  /** An escalation is still unacknowledged after its acknowledgement target: told again. */
  ESCALATION_REMINDER,
  /** An administrator reset the staff member's two-factor sign-in: told to that member. */
  TWO_FACTOR_RESET,
  /** Two-step sign-in was set up with new recovery codes: told to that member. */
  RECOVERY_CODES_ISSUED,
  /** A staff member changed their own password: told to that member. */
  PASSWORD_CHANGED,
  /**
   * An administrator reset the staff member's password: told to that member, with the one-time link
   * that sets a new one (the only email that carries a link other than the staff pages').
   */
  PASSWORD_RESET;

  // The kind's name in keys, the API and the forms: NEW_REPORT is new-report.
  private final String name = name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');

  /** {@return the key of the email's subject line, generic and the same for every case} */
  public String subjectKey() {
    return "email." + name + ".subject";
  }

  /** {@return the key of the sentence that says what happened, the same for every case} */
  public String sentenceKey() {
    return "email." + name + ".sentence";
  }
}
