package org.confide.application.service;

import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.SendNotificationsUseCase;

/**
 * Sends the outbox's due notifications one by one, each as its own email ({@link Outbox}). Each
 * recipient's preferences are read here, when the email is delivered, not when the event wrote it:
 * a notification of a kind the recipient chose not to receive is settled as not wanted, and one
 * they chose to receive in their daily digest is held for {@link SendDigestsService}.
 */
public final class SendNotificationsService implements SendNotificationsUseCase {

  private final Outbox outbox;
  private final Recipients recipients;

  /**
   * The service, wired by {@link org.confide.application.Mailing#notifier}.
   *
   * @param outbox the outbox and the mail server
   * @param recipients the recipients' preferences, read at delivery
   */
  public SendNotificationsService(Outbox outbox, Recipients recipients) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.recipients = Objects.requireNonNull(recipients, "recipients");
  }

  @Override
  public int send() {
    var choices = recipients.choices();
    int sent = 0;
    for (var read : outbox.due()) {
      var claimed = outbox.claim(read);
      if (claimed.isEmpty()) {
        continue;
      }
      var notification = claimed.get();
      var chosen = choices.deliveryOf(notification);
      if (chosen.isPresent()) {
        outbox.store(List.of(chosen.get()));
      } else if (outbox.send(
          outbox.emailOf(notification, choices.languageOf(notification.recipient())),
          List.of(notification))) {
        sent++;
      }
    }
    return sent;
  }
}
