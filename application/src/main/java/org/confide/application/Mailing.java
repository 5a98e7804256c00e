package org.confide.application;

import java.net.URI;
import java.time.Clock;
import org.confide.application.crypto.Secrets;
import org.confide.application.port.in.SendDigestsUseCase;
import org.confide.application.port.in.SendNotificationsUseCase;
import org.confide.application.port.out.Mailer;
import org.confide.application.port.out.Wordings;
import org.confide.application.service.Outbox;
import org.confide.application.service.Recipients;
import org.confide.application.service.SendDigestsService;
import org.confide.application.service.SendNotificationsService;
import org.confide.domain.notification.RetryPolicy;

/**
 * The two use cases that send email to staff, run by a scheduler rather than by a person: the
 * outbox, each email at once (or held, or not sent, as its recipient chose), and the daily digests.
 * Wired apart from {@link Confide#assemble} because they need a mail server, which an application
 * without notifications does not have.
 */
public final class Mailing {

  private Mailing() {}

  /**
   * The sending of the outbox, wired on {@code ports} and {@code mailer}: what the scheduler runs
   * when notifications are on. Without a mail server nothing is sent, and notifications wait. Each
   * recipient's preferences are read as their emails are sent.
   *
   * @param ports where the outbox and the preferences are kept
   * @param mailer the mail server
   * @param clock the time
   * @param retry how a failed send is retried, and when it is given up
   * @param staffPage the address of the staff pages, which every email links to
   * @param batch the most notifications one run tries
   * @param secrets the keyed digests {@link Confide#assemble} had, which derive a password reset's
   *     one-time link
   * @param wordings the languages offered, whose words each email is written in: the recipient's
   *     chosen one, else the first
   * @return the use case
   */
  public static SendNotificationsUseCase notifier(
      Ports ports,
      Mailer mailer,
      Clock clock,
      RetryPolicy retry,
      URI staffPage,
      int batch,
      Secrets secrets,
      Wordings wordings) {
    return new SendNotificationsService(
        outbox(ports, mailer, clock, retry, staffPage, batch, secrets, wordings),
        recipients(ports, clock));
  }

  /**
   * The sending of the daily digests, wired as {@link #notifier} is (and with the same arguments):
   * the scheduler's second job when notifications are on.
   *
   * @param ports where the outbox is kept
   * @param mailer the mail server
   * @param clock the time
   * @param retry how a failed digest is retried, and when it is given up
   * @param staffPage the address of the staff pages, which every digest links to
   * @param batch the most held notifications one run reads
   * @param secrets the keyed digests {@link Confide#assemble} had
   * @param wordings the languages offered, whose words each digest is written in
   * @return the use case
   */
  public static SendDigestsUseCase digests(
      Ports ports,
      Mailer mailer,
      Clock clock,
      RetryPolicy retry,
      URI staffPage,
      int batch,
      Secrets secrets,
      Wordings wordings) {
    return new SendDigestsService(
        outbox(ports, mailer, clock, retry, staffPage, batch, secrets, wordings),
        recipients(ports, clock));
  }

  private static Outbox outbox(
      Ports ports,
      Mailer mailer,
      Clock clock,
      RetryPolicy retry,
      URI staffPage,
      int batch,
      Secrets secrets,
      Wordings wordings) {
    return new Outbox(
        ports.notifications(),
        mailer,
        ports.transactions(),
        clock,
        retry,
        staffPage,
        batch,
        secrets,
        wordings);
  }

  private static Recipients recipients(Ports ports, Clock clock) {
    return new Recipients(
        ports.staffDirectory(),
        ports.notificationChoices(),
        ports.settings(),
        ports.transactions(),
        clock);
  }
}
