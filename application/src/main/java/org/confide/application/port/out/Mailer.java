package org.confide.application.port.out;

import org.confide.domain.notification.Email;

/** Hands emails to a mail server. Sends nothing else, and to staff addresses only. */
public interface Mailer {

  /**
   * Sends {@code email} and tells whether the mail server accepted it. A failure changes nothing
   * the caller must undo: the same email, with the same Message-ID, may be sent again.
   *
   * @param email the email
   * @return {@link Delivery#SENT} if the server accepted it, else {@link Delivery#FAILED}
   */
  Delivery send(Email email);

  /** The outcome of {@link #send}. */
  enum Delivery {
    /** The mail server accepted the email. */
    SENT,
    /** The mail server was unreachable or refused it: worth trying again later. */
    FAILED
  }
}
