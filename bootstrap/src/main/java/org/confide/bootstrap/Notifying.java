package org.confide.bootstrap;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.confide.adapter.mail.SmtpMailer;
import org.confide.application.Mailing;
import org.confide.application.port.in.SendDigestsUseCase;
import org.confide.application.port.in.SendNotificationsUseCase;
import org.confide.domain.notification.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns notifications on when the configuration names a mail server, and says in one log line which
 * it is: on (the server's host, never its account) or off.
 */
final class Notifying {

  private static final Logger LOG = LoggerFactory.getLogger(Notifying.class);

  /** How many notifications one run of the sending job tries at most. */
  static final int BATCH = 100;

  private Notifying() {}

  /** The two senders of email, each run as a scheduled job of its own. */
  record Senders(SendNotificationsUseCase outbox, SendDigestsUseCase digests) {}

  /** The sending of the outbox and of the daily digests over SMTP, or empty when off. */
  static Optional<Senders> notifier(
      Configuration configuration, Wiring.Wired wired, Clock clock, RetryPolicy retry) {
    if (configuration.mail().isEmpty()) {
      LOG.info("Notifications are off: CONFIDE_SMTP_HOST is not set, so no email is sent to staff");
      return Optional.empty();
    }
    var mail = configuration.mail().get();
    var staffPage = URI.create(configuration.publicOrigin().orElseThrow() + "/staff");
    LOG.info(
        "Notifications are on: emails to staff go through {} port {} ({})",
        mail.host(),
        mail.port(),
        mail.security().name().toLowerCase(java.util.Locale.ROOT));
    var mailer = new SmtpMailer(mail);
    return Optional.of(
        new Senders(
            Mailing.notifier(
                wired.ports(),
                mailer,
                clock,
                retry,
                staffPage,
                BATCH,
                wired.secrets(),
                configuration.languages()),
            Mailing.digests(
                wired.ports(),
                mailer,
                clock,
                retry,
                staffPage,
                BATCH,
                wired.secrets(),
                configuration.languages())));
  }
}
