package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.confide.application.port.out.Notifications;
import org.confide.application.port.out.Notifications.Counts;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link Notifications} adapter (the outbox): a notification reads back
 * whole; adding the same id twice keeps the first; only waiting notifications due by the time asked
 * for are due, the longest due first, up to the limit; held notifications are due only for a
 * digest, at their digest's hour; an update stores the new delivery state; the counts count each
 * state; of two senders that read the same notification (waiting or held) exactly one claims it,
 * and a claimed notification is not due until its claim lapses.
 *
 * <p>{@link #notifications()} must return the same adapter, empty, throughout one test.
 */
public abstract class NotificationsContract {

  private static final Instant AT = Instant.parse("2026-03-04T09:00:00Z");
  private static final RetryPolicy RETRY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

  private final Random random = new Random(22);

  /** For a subclass that runs this contract against one adapter. */
  protected NotificationsContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract Notifications notifications();

  private Notification aNotification(Instant at) {
    return Notification.of(
        new UUID(random.nextLong(), random.nextLong()),
        NotificationKind.CASE_OVERDUE,
        new EmailAddress("adviser@example.ac.uk"),
        Optional.of(ReportReference.generate(random)),
        Optional.of(LocalDate.of(2026, 3, 5)),
        at);
  }

  @Test
  void a_notification_reads_back_whole() {
    var notification = aNotification(AT);
    notifications().add(notification);

    assertThat(notifications().find(notification.id())).contains(notification);
  }

  @Test
  void a_notification_without_reference_or_due_date_reads_back_whole() {
    var notification =
        Notification.of(
            UUID.randomUUID(),
            NotificationKind.TWO_FACTOR_RESET,
            new EmailAddress("lead@example.ac.uk"),
            Optional.empty(),
            Optional.empty(),
            AT);
    notifications().add(notification);

    assertThat(notifications().find(notification.id())).contains(notification);
  }

  @Test
  void adding_the_same_id_again_keeps_the_first() {
    var first = aNotification(AT);
    notifications().add(first);
    notifications()
        .add(
            Notification.of(
                first.id(),
                NotificationKind.NEW_REPORT,
                new EmailAddress("other@example.ac.uk"),
                Optional.empty(),
                Optional.empty(),
                AT.plusSeconds(5)));

    assertThat(notifications().find(first.id())).contains(first);
    assertThat(notifications().counts()).isEqualTo(new Counts(1, 0, 0, 0, 0));
  }

  @Test
  void only_waiting_notifications_due_by_now_are_due_longest_due_first_up_to_the_limit() {
    var later = aNotification(AT.plusSeconds(30));
    var earlier = aNotification(AT);
    var notYet = aNotification(AT.plusSeconds(120));
    var sent = aNotification(AT);
    notifications().add(later);
    notifications().add(earlier);
    notifications().add(notYet);
    notifications().add(sent);
    notifications().update(sent.sent(AT.plusSeconds(1)));

    assertThat(notifications().due(AT.plusSeconds(60), 10)).containsExactly(earlier, later);
    assertThat(notifications().due(AT.plusSeconds(60), 1)).containsExactly(earlier);
  }

  @Test
  void a_failed_attempt_waits_for_its_next_attempt() {
    var notification = aNotification(AT);
    notifications().add(notification);
    var failed = notification.failed(AT, RETRY);
    notifications().update(failed);

    assertThat(notifications().find(notification.id())).contains(failed);
    assertThat(notifications().due(AT.plusSeconds(59), 10)).isEmpty();
    assertThat(notifications().due(AT.plusSeconds(60), 10)).containsExactly(failed);
  }

  @Test
  void the_counts_count_waiting_held_sent_given_up_and_not_wanted() {
    var waiting = aNotification(AT);
    var held = aNotification(AT);
    var sent = aNotification(AT);
    var givenUp = aNotification(AT);
    var notWanted = aNotification(AT);
    notifications().add(waiting);
    notifications().add(held);
    notifications().add(sent);
    notifications().add(givenUp);
    notifications().add(notWanted);
    notifications().update(held.heldUntil(AT.plusSeconds(3600)));
    notifications().update(sent.sent(AT));
    notifications().update(givenUp.failed(AT, new RetryPolicy(Duration.ZERO, Duration.ZERO, 1)));
    notifications().update(notWanted.notWanted(AT));

    assertThat(notifications().counts()).isEqualTo(new Counts(1, 1, 1, 1, 1));
    assertThat(notifications().due(AT.plusSeconds(7200), 10)).containsExactly(waiting);
  }

  @Test
  void held_notifications_are_due_for_a_digest_at_their_hour_and_never_due_alone() {
    var first = aNotification(AT);
    var second = aNotification(AT.plusSeconds(10));
    var later = aNotification(AT);
    notifications().add(first);
    notifications().add(second);
    notifications().add(later);
    var digest = AT.plusSeconds(3600);
    var heldFirst = first.heldUntil(digest);
    var heldSecond = second.heldUntil(digest);
    notifications().update(heldSecond);
    notifications().update(heldFirst);
    notifications().update(later.heldUntil(digest.plusSeconds(86_400)));

    assertThat(notifications().find(first.id())).contains(heldFirst);
    assertThat(notifications().digestsDue(digest.minusSeconds(1), 10)).isEmpty();
    assertThat(notifications().digestsDue(digest, 10))
        .containsExactlyInAnyOrder(heldFirst, heldSecond)
        .hasSize(2);
    assertThat(notifications().digestsDue(digest, 1)).hasSize(1);
    assertThat(notifications().due(digest.plusSeconds(86_400), 10)).isEmpty();
  }

  @Test
  void of_two_digest_senders_that_read_the_same_held_notification_one_claims_it() {
    var notification = aNotification(AT);
    notifications().add(notification);
    notifications().update(notification.heldUntil(AT.plusSeconds(60)));
    var read = notifications().digestsDue(AT.plusSeconds(60), 10).getFirst();
    var claimed = read.claimedUntil(AT.plusSeconds(360));

    assertThat(notifications().claim(read, claimed)).isTrue();
    assertThat(notifications().claim(read, read.claimedUntil(AT.plusSeconds(361)))).isFalse();
    assertThat(notifications().digestsDue(AT.plusSeconds(359), 10)).isEmpty();
    assertThat(notifications().digestsDue(AT.plusSeconds(360), 10)).containsExactly(claimed);
  }

  @Test
  void updating_an_unknown_notification_changes_nothing() {
    var notification = aNotification(AT);
    notifications().update(notification.sent(AT));

    assertThat(notifications().find(notification.id())).isEmpty();
    assertThat(notifications().counts()).isEqualTo(new Counts(0, 0, 0, 0, 0));
  }

  @Test
  void changing_a_notification_after_adding_without_updating_is_not_visible() {
    var notification = aNotification(AT);
    notifications().add(notification);
    var changed = notification.sent(AT);

    assertThat(changed.status()).isEqualTo(Notification.Status.SENT);
    assertThat(notifications().find(notification.id())).contains(notification);
  }

  @Test
  void of_two_senders_that_read_the_same_notification_one_claims_it() {
    var notification = aNotification(AT);
    notifications().add(notification);
    var read = notifications().due(AT, 10).getFirst();
    var claimed = read.claimedUntil(AT.plusSeconds(300));

    assertThat(notifications().claim(read, claimed)).isTrue();
    assertThat(notifications().claim(read, read.claimedUntil(AT.plusSeconds(301)))).isFalse();
    assertThat(notifications().find(notification.id())).contains(claimed);
    assertThat(notifications().due(AT.plusSeconds(299), 10)).isEmpty();
    assertThat(notifications().due(AT.plusSeconds(300), 10)).containsExactly(claimed);
  }

  @Test
  void a_sent_notification_cannot_be_claimed() {
    var notification = aNotification(AT);
    notifications().add(notification);
    notifications().update(notification.sent(AT));

    assertThat(notifications().claim(notification, notification.claimedUntil(AT.plusSeconds(5))))
        .isFalse();
  }
}
