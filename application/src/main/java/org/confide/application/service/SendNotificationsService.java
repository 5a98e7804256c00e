package org.confide.application.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.SendNotificationsUseCase;
import org.confide.application.port.out.Mailer;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.Transactions;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;

/**
 * Sends the outbox's due notifications one by one, outside any transaction (a mail server may be
 * slow), and stores each outcome in a transaction of its own, so that a crash between the two sends
 * at most that one email again, with the same Message-ID.
 */
public final class SendNotificationsService implements SendNotificationsUseCase {

  /** How long a sender holds a notification it is sending: well past an attempt's timeouts. */
  public static final Duration CLAIM = Duration.ofMinutes(5);

  private final Notifications notifications;
  private final Mailer mailer;
  private final Transactions transactions;
  private final Clock clock;
  private final RetryPolicy retry;
  private final URI staffPage;
  private final int batch;
  private final Secrets secrets;

  /**
   * The service, wired by {@link org.confide.application.Confide#notifier}.
   *
   * @param notifications the outbox
   * @param mailer the mail server
   * @param transactions the transactions the outbox takes part in
   * @param clock the time
   * @param retry how failures are retried
   * @param staffPage the staff pages' address, which every email links to
   * @param batch the most notifications one run tries
   * @param secrets the server's keyed digests, which derive a password reset's one-time link from
   *     its notification's id when its email is sent
   */
  public SendNotificationsService(
      Notifications notifications,
      Mailer mailer,
      Transactions transactions,
      Clock clock,
      RetryPolicy retry,
      URI staffPage,
      int batch,
      Secrets secrets) {
    this.notifications = Objects.requireNonNull(notifications, "notifications");
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.staffPage = Objects.requireNonNull(staffPage, "staffPage");
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1");
    }
    this.batch = batch;
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  @Override
  public int send() {
    var due = transactions.inTransaction(() -> notifications.due(clock.instant(), batch));
    int sent = 0;
    for (var read : due) {
      // Claimed before it is sent, past the longest an attempt can take: even if this node's job
      // lease lapses during a slow run and another node starts sending, no notification is sent
      // by both. If this node dies, the claim lapses and the notification is sent again later,
      // under the same Message-ID.
      var notification = read.claimedUntil(clock.instant().plus(CLAIM));
      if (!transactions.inTransaction(() -> notifications.claim(read, notification))) {
        continue;
      }
      var delivery = mailer.send(email(notification));
      var after =
          switch (delivery) {
            case SENT -> notification.sent(clock.instant());
            case FAILED -> notification.failed(clock.instant(), retry);
          };
      transactions.inTransaction(() -> {
        notifications.update(after);
        return null;
      });
      if (delivery == Mailer.Delivery.SENT) {
        sent++;
      }
    }
    return sent;
  }

  private Email email(Notification notification) {
    if (notification.kind() != NotificationKind.PASSWORD_RESET) {
      return Email.of(notification, staffPage);
    }
    // The one email with a secret in it: the link is derived here, at the last moment, and goes
    // nowhere but the mail server.
    var token = secrets.passwordResetToken(notification.id());
    var link = URI.create(staffPage + "/set-password?token=" + token);
    return Email.withSetPasswordLink(notification, link, staffPage);
  }
}
