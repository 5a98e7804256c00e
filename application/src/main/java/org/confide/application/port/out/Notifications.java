package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.confide.domain.notification.Notification;

/**
 * The outbox: notifications to staff, written in the same transaction as the event that causes
 * them, and kept after sending (their state only, never anything a reporter wrote) so that the
 * administrators can see how many wait, were sent and were given up.
 */
public interface Notifications {

  /**
   * Stores a new notification. Adding one whose id is stored already changes nothing.
   *
   * @param notification the notification, waiting
   */
  void add(Notification notification);

  /**
   * The waiting notifications due by {@code now}, the longest due first (then by id).
   *
   * @param now the time on the sending node's clock
   * @param limit the most to return, at least 1
   * @return up to {@code limit} notifications
   */
  List<Notification> due(Instant now, int limit);

  /**
   * The held notifications whose digest is due by {@code now}: those the recipients chose to
   * receive in a daily digest, at the digest's hour. Ordered as {@link #due}.
   *
   * @param now the time on the sending node's clock
   * @param limit the most to return, at least 1
   * @return up to {@code limit} notifications, all {@link Notification.Status#HELD}
   */
  List<Notification> digestsDue(Instant now, int limit);

  /**
   * Claims {@code notification} for one sender: stores {@code claimed} in its place only if the
   * stored notification is still exactly {@code notification} (in the same state, waiting or held,
   * with the same attempts and next attempt), so that of two senders that read the same due
   * notification exactly one claims it.
   *
   * @param notification the notification as the sender read it
   * @param claimed the same notification claimed ({@link Notification#claimedUntil})
   * @return whether this sender claimed it
   */
  boolean claim(Notification notification, Notification claimed);

  /**
   * Stores the new state of a notification stored before (its status, attempts, next attempt and
   * settling time); changes nothing if none has its id. Call it only for a notification this sender
   * claimed.
   *
   * @param notification the notification as it now is
   */
  void update(Notification notification);

  /**
   * One notification.
   *
   * @param id its id
   * @return it, as stored; empty if none has the id
   */
  java.util.Optional<Notification> find(UUID id);

  /**
   * How many notifications are in each state.
   *
   * @return the counts
   */
  Counts counts();

  /**
   * How many notifications are in each state.
   *
   * @param waiting not sent yet
   * @param held held for a daily digest
   * @param sent accepted by the mail server
   * @param givenUp every attempt failed
   * @param notWanted not sent, by the recipient's choice
   */
  record Counts(long waiting, long held, long sent, long givenUp, long notWanted) {}
}
