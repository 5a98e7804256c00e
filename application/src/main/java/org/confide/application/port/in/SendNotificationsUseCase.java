package org.confide.application.port.in;

/**
 * Sending the outbox: the notifications that are due are emailed to staff, each retried with a
 * growing delay when the mail server fails, and given up after the retry policy's last try. Run by
 * the scheduler on one node at a time, not by a person.
 */
public interface SendNotificationsUseCase {

  /**
   * Tries every notification due now, up to one batch, and stores how each attempt went. A
   * notification the mail server accepted is never tried again.
   *
   * @return how many notifications it sent
   */
  int send();
}
