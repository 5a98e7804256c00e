package org.confide.domain.notification;

/** How a staff member chose to receive one kind of email. */
public enum Delivery {
  /** Each email as soon as the sending job runs. */
  AT_ONCE,
  /** One email a day, at the hour the member chose, listing what is waiting. */
  DAILY_DIGEST,
  /** No email of this kind. */
  NONE
}
