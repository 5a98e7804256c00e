package org.confide.application.service;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.out.Mailer;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.Transactions;
import org.confide.application.port.out.Wordings;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.Wording;

/**
 * What the two senders of email share: the outbox read and claimed in short transactions of their
 * own, the mail server, called outside any transaction (a mail server may be slow), and each
 * attempt's outcome stored afterwards, so that a crash between a send and its mark sends at most
 * that email again, with the same Message-ID.
 */
public final class Outbox {

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
  private final Wordings wordings;

  /**
   * Wired by {@link org.confide.application.Mailing}.
   *
   * @param notifications the outbox
   * @param mailer the mail server
   * @param transactions the transactions the outbox takes part in
   * @param clock the time
   * @param retry how failures are retried
   * @param staffPage the staff pages' address, which every email links to
   * @param batch the most notifications one run reads
   * @param secrets the server's keyed digests, which derive a password reset's one-time link from
   *     its notification's id when its email is sent
   * @param wordings the languages offered, whose words each email is written in
   */
  public Outbox(
      Notifications notifications,
      Mailer mailer,
      Transactions transactions,
      Clock clock,
      RetryPolicy retry,
      URI staffPage,
      int batch,
      Secrets secrets,
      Wordings wordings) {
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
    this.wordings = Objects.requireNonNull(wordings, "wordings");
  }

  /** One batch read by {@code query} (given the time now and the batch size) in a transaction. */
  List<Notification> read(Function<Notifications, List<Notification>> query) {
    return transactions.inTransaction(() -> query.apply(notifications));
  }

  /** {@return the due notifications, at most one batch} */
  List<Notification> due() {
    var now = clock.instant();
    return read(outbox -> outbox.due(now, batch));
  }

  /** {@return the held notifications whose digests are due, at most one batch} */
  List<Notification> digestsDue() {
    var now = clock.instant();
    return read(outbox -> outbox.digestsDue(now, batch));
  }

  /**
   * Claims {@code read} for this sender, past the longest an attempt can take: even if this node's
   * job lease lapses during a slow run and another node starts sending, no notification is sent by
   * both. If this node dies, the claim lapses and the notification is sent again later, under the
   * same Message-ID.
   *
   * @return the notification claimed, or empty if another sender claimed it first
   */
  Optional<Notification> claim(Notification read) {
    var claimed = read.claimedUntil(clock.instant().plus(CLAIM));
    return transactions.inTransaction(() -> notifications.claim(read, claimed))
        ? Optional.of(claimed)
        : Optional.empty();
  }

  /** The email for one notification, on its own, in {@code language} (else the first). */
  Email emailOf(Notification notification, Optional<Language> language) {
    var words = words(language);
    if (notification.kind() != NotificationKind.PASSWORD_RESET) {
      return Email.of(notification, staffPage, words);
    }
    // The one email with a secret in it: the link is derived here, at the last moment, and goes
    // nowhere but the mail server.
    var token = secrets.passwordResetToken(notification.id());
    var link = URI.create(staffPage + "/set-password?token=" + token);
    return Email.withSetPasswordLink(notification, link, staffPage, words);
  }

  /** The digest that lists {@code held}, in {@code language} (else the first). */
  Email digestOf(List<Notification> held, Optional<Language> language) {
    return Email.digest(held, staffPage, words(language));
  }

  /** The words of {@code language}; of the first language offered when it is empty. */
  private Wording words(Optional<Language> language) {
    return wordings.wording(language.orElseGet(() -> wordings.offered().getFirst()));
  }

  /**
   * Sends {@code email} and stores what became of the claimed notifications it carries, in one
   * transaction.
   *
   * @return whether the mail server accepted it
   */
  boolean send(Email email, List<Notification> carried) {
    var delivery = mailer.send(email);
    var at = clock.instant();
    store(
        carried.stream()
            .map(n ->
                switch (delivery) {
                  case SENT -> n.sent(at);
                  case FAILED -> n.failed(at, retry);
                })
            .toList());
    return delivery == Mailer.Delivery.SENT;
  }

  /** Stores the new states of claimed notifications, in one transaction. */
  void store(List<Notification> after) {
    transactions.inTransaction(() -> {
      after.forEach(notifications::update);
      return null;
    });
  }
}
