package org.confide.application.port.in;

/**
 * Sending the daily digests: each staff member who chose to receive some emails in a digest is sent
 * one email at their hour, listing what was held for it, and those notifications are then marked
 * sent. Run by the scheduler on one node at a time, not by a person.
 */
public interface SendDigestsUseCase {

  /**
   * Sends every digest due now, up to one batch of held notifications, and stores how each went. A
   * digest the mail server accepted is never sent again; one that fails is retried as a single
   * notification is.
   *
   * @return how many held notifications were sent in digests
   */
  int send();
}
