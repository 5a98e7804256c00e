package org.confide.application.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.confide.application.port.in.SendDigestsUseCase;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.staff.EmailAddress;

/**
 * Sends each recipient's daily digest: the notifications held for them whose digest hour has come
 * are claimed (as {@link SendNotificationsService} claims one), sent as one email outside any
 * transaction, and then all marked sent in one transaction ({@link Outbox}). A crash between the
 * send and the mark leaves them held and claimed; when the claim lapses the same notifications make
 * the same digest, with the same Message-ID ({@link Email#digest}), so nothing is lost and a second
 * copy is recognisably the same email.
 */
public final class SendDigestsService implements SendDigestsUseCase {

  private final Outbox outbox;
  private final Recipients recipients;

  /**
   * The service, wired by {@link org.confide.application.Mailing#digests}.
   *
   * @param outbox the outbox and the mail server
   * @param recipients the recipients' preferences, whose language each digest is written in
   */
  public SendDigestsService(Outbox outbox, Recipients recipients) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.recipients = Objects.requireNonNull(recipients, "recipients");
  }

  @Override
  public int send() {
    var byRecipient = new LinkedHashMap<EmailAddress, List<Notification>>();
    outbox
        .digestsDue()
        .forEach(n -> byRecipient.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
    var choices = recipients.choices();
    int sent = 0;
    for (var held : byRecipient.values()) {
      var claimed = new ArrayList<Notification>();
      held.forEach(read -> outbox.claim(read).ifPresent(claimed::add));
      if (!claimed.isEmpty()
          && outbox.send(
              outbox.digestOf(claimed, choices.languageOf(held.getFirst().recipient())), claimed)) {
        sent += claimed.size();
      }
    }
    return sent;
  }
}
