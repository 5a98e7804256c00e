package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.confide.application.crypto.Secrets;
import org.confide.application.memory.InMemoryMailer;
import org.confide.application.port.in.SendNotificationsUseCase;
import org.confide.application.port.out.Notifications.Counts;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.testing.KeysAsWords;
import org.confide.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SendNotificationsTest {

  private static final Instant START = Instant.parse("2026-03-04T09:00:00Z");
  private static final URI STAFF = URI.create("https://confide.example.ac.uk/staff");

  private static final Secrets SECRETS = new Secrets(new byte[32]);
  private final MutableClock clock = new MutableClock(START);
  private final Ports ports = InMemoryConfide.builder().clock(clock).buildPorts();
  private final InMemoryMailer mailer = new InMemoryMailer();
  private final SendNotificationsUseCase outbox =
      Mailing.notifier(
          ports,
          mailer,
          clock,
          new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(4), 4),
          STAFF,
          10,
          SECRETS,
          KeysAsWords.englishAndWelsh());

  private Notification waiting() {
    var notification =
        Notification.of(
            UUID.randomUUID(),
            NotificationKind.CASE_DUE_TOMORROW,
            new EmailAddress("adviser@example.ac.uk"),
            Optional.of(new ReportReference("ABCDE12345")),
            Optional.of(LocalDate.of(2026, 3, 5)),
            START);
    ports.notifications().add(notification);
    return notification;
  }

  @Test
  void a_due_notification_is_sent_once_with_a_message_id_of_its_own() {
    var notification = waiting();

    assertThat(outbox.send()).isEqualTo(1);
    assertThat(outbox.send()).isZero();

    assertThat(mailer.sent())
        .singleElement()
        .satisfies(email -> {
          assertThat(email.messageId()).isEqualTo(notification.id() + "@confide.example.ac.uk");
          assertThat(email.to()).isEqualTo(notification.recipient());
          assertThat(email.subject()).isEqualTo("email.case-due-tomorrow.subject");
        });
    assertThat(ports.notifications().counts()).isEqualTo(new Counts(0, 0, 1, 0, 0));
  }

  @Test
  void a_failed_send_is_retried_after_a_growing_delay_and_sent_when_the_server_is_back() {
    var notification = waiting();
    mailer.failing(true);
    outbox.send();
    clock.advance(Duration.ofSeconds(59));
    outbox.send();
    assertThat(ports.notifications().find(notification.id()).orElseThrow().attempts()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    outbox.send();
    var twice = ports.notifications().find(notification.id()).orElseThrow();
    assertThat(twice.attempts()).isEqualTo(2);
    assertThat(twice.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

    mailer.failing(false);
    clock.advance(Duration.ofMinutes(2));
    assertThat(outbox.send()).isEqualTo(1);
    assertThat(mailer.sent()).hasSize(1);
    assertThat(ports.notifications().counts()).isEqualTo(new Counts(0, 0, 1, 0, 0));
  }

  @Test
  void a_notification_is_given_up_after_the_last_try() {
    var notification = waiting();
    mailer.failing(true);
    for (int i = 0; i < 4; i++) {
      outbox.send();
      clock.advance(Duration.ofMinutes(4));
    }
    mailer.failing(false);
    outbox.send();

    var settled = ports.notifications().find(notification.id()).orElseThrow();
    assertThat(settled.status()).isEqualTo(Notification.Status.GIVEN_UP);
    assertThat(settled.attempts()).isEqualTo(4);
    assertThat(mailer.sent()).isEmpty();
    assertThat(ports.notifications().counts()).isEqualTo(new Counts(0, 0, 0, 1, 0));
  }
}
