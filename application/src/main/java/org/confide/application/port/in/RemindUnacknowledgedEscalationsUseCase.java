package org.confide.application.port.in;

/**
 * Reminders of escalations a safeguarding lead has not acknowledged by their due time. Confide
 * sends no email: the reminder is a mark the leads' escalation list shows ({@code reminderAt}) and
 * an {@code ESCALATION_REMINDER} event in the audit trail. Run by the scheduler on one node at a
 * time.
 */
public interface RemindUnacknowledgedEscalationsUseCase {

  /**
   * Reminds of every raised escalation past its acknowledgement time, once each. Run it every 5
   * minutes or so (the server's default).
   *
   * @return how many escalations it marked; running it again at once marks none
   */
  int remind();
}
