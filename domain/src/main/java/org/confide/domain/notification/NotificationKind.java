package org.confide.domain.notification;

/**
 * What happened that a staff member is told of. Each kind has a generic subject line and one
 * sentence, the same for every case, so an email names the kind of event and nothing more.
 */
public enum NotificationKind {
  /** A new report is in the queue: told to the advisers who may work it. */
  NEW_REPORT("A new report is waiting", "A new report is waiting in the queue."),
  /** A reporter wrote on a case: told to its assignee, or the advisers when unassigned. */
  REPORTER_MESSAGE("A case needs a reply", "A reporter has sent a new message on a case."),
  /** A case's response is due tomorrow: told to its assignee, or the advisers. */
  CASE_DUE_TOMORROW("A case is due tomorrow", "A response on a case is due tomorrow."),
  /** A case's response became overdue: told to its assignee, or the advisers. */
  CASE_OVERDUE("A case is overdue", "A response on a case is overdue."),
  /** A report was escalated as urgent: told to every active safeguarding lead at once. */
  URGENT_ESCALATION(
      "An urgent escalation needs a safeguarding lead",
      "A report has been escalated as urgent and needs a safeguarding lead now."),
  /** An escalation is still unacknowledged after its acknowledgement target: told again. */
  ESCALATION_REMINDER(
      "An escalation is still waiting",
      "An escalation has not been acknowledged yet and still needs a safeguarding lead."),
  /** An administrator reset the staff member's two-factor sign-in: told to that member. */
  TWO_FACTOR_RESET(
      "Your two-step sign-in was reset",
      "The two-step sign-in on your Confide account was reset by an administrator. If you did not"
          + " expect this, tell your administrator."),
  /** Two-step sign-in was set up with new recovery codes: told to that member. */
  RECOVERY_CODES_ISSUED(
      "You have new recovery codes",
      "Two-step sign-in was set up on your Confide account, with new recovery codes. If this was"
          + " not you, tell your administrator now."),
  /** A staff member changed their own password: told to that member. */
  PASSWORD_CHANGED(
      "Your password was changed",
      "The password of your Confide account was changed. If this was not you, tell your"
          + " administrator now, so that they can stop anyone else signing in as you."),
  /**
   * An administrator reset the staff member's password: told to that member, with the one-time link
   * that sets a new one (the only email that carries a link other than the staff pages').
   */
  PASSWORD_RESET(
      "Your password was reset",
      "An administrator reset the password of your Confide account: your old password no longer"
          + " works. Choose a new one with the link below. It works once, and only for a limited"
          + " time; if it has expired, ask your administrator for a new one. If you did not expect"
          + " this, tell your administrator now.");

  private final String subject;
  private final String sentence;

  NotificationKind(String subject, String sentence) {
    this.subject = subject;
    this.sentence = sentence;
  }

  /** {@return the email's subject line, generic and the same for every case} */
  public String subject() {
    return subject;
  }

  /** {@return the sentence that says what happened, the same for every case} */
  public String sentence() {
    return sentence;
  }
}
