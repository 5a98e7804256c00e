package org.confide.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.confide.domain.shared.Checked;
import org.confide.domain.shared.FieldProblem;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.junit.jupiter.api.Test;

/** Held notifications, the digest that lists them, and the choices that lead there. */
class DigestTest {

  private static final URI STAFF = URI.create("https://confide.example.ac.uk/staff");
  private static final BundleWording ENGLISH = BundleWording.english();
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final EmailAddress ADVISER = new EmailAddress("adviser@example.ac.uk");

  private static Notification notification(long id, NotificationKind kind, Instant at) {
    return Notification.of(
        new UUID(0, id),
        kind,
        ADVISER,
        Optional.of(new ReportReference("ABCDE1234" + id)),
        kind == NotificationKind.CASE_OVERDUE
            ? Optional.of(LocalDate.of(2026, 3, 5))
            : Optional.empty(),
        at);
  }

  @Test
  void the_digest_lists_each_held_email_by_subject_reference_and_due_date_oldest_first() {
    var newer =
        notification(2, NotificationKind.CASE_OVERDUE, Instant.parse("2026-03-04T10:00:00Z"));
    var older = notification(1, NotificationKind.NEW_REPORT, Instant.parse("2026-03-04T09:00:00Z"));

    var digest = Email.digest(List.of(newer, older), STAFF, ENGLISH);

    assertThat(digest.to()).isEqualTo(ADVISER);
    assertThat(digest.subject()).isEqualTo("Your daily digest from Confide");
    assertThat(digest.text())
        .isEqualTo(
            """
            These emails were held for your daily digest, as you chose:

            A new report is waiting
            Case reference: ABCDE-12341

            A case is overdue
            Case reference: ABCDE-12342
            Due: Thursday 5 March 2026

            Sign in to Confide to see them: https://confide.example.ac.uk/staff

            This email says nothing about the case on purpose: what there is to see is in Confide.
            """);
    assertThat(digest.html())
        .contains("<html lang=\"en\">", "<title>Your daily digest from Confide</title>", "<ul>")
        .doesNotContain("<img", "<script", "style=");
  }

  @Test
  void the_same_held_emails_make_the_same_message_id_and_others_another() {
    var a = notification(1, NotificationKind.NEW_REPORT, Instant.EPOCH);
    var b = notification(2, NotificationKind.NEW_REPORT, Instant.EPOCH);

    var once = Email.digest(List.of(a, b), STAFF, ENGLISH).messageId();
    assertThat(Email.digest(List.of(b, a), STAFF, ENGLISH).messageId()).isEqualTo(once);
    assertThat(Email.digest(List.of(a), STAFF, ENGLISH).messageId()).isNotEqualTo(once);
    assertThat(once).startsWith("digest-").endsWith("@confide.example.ac.uk");
  }

  @Test
  void a_digest_goes_to_one_recipient_and_lists_at_least_one_email() {
    var other =
        Notification.of(
            new UUID(0, 9),
            NotificationKind.NEW_REPORT,
            new EmailAddress("other@example.ac.uk"),
            Optional.empty(),
            Optional.empty(),
            Instant.EPOCH);

    assertThatThrownBy(() -> Email.digest(List.of(), STAFF, ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            Email.digest(
                List.of(notification(1, NotificationKind.NEW_REPORT, Instant.EPOCH), other),
                STAFF,
                ENGLISH))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_held_notification_is_pending_until_its_digest_is_sent_or_given_up() {
    var held =
        notification(1, NotificationKind.NEW_REPORT, Instant.EPOCH)
            .heldUntil(Instant.EPOCH.plusSeconds(3600));
    var retry = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 2);

    assertThat(held.status()).isEqualTo(Notification.Status.HELD);
    assertThat(held.settledAt()).isEmpty();
    var claimed = held.claimedUntil(Instant.EPOCH.plusSeconds(4000));
    assertThat(claimed.status()).isEqualTo(Notification.Status.HELD);
    var failed = claimed.failed(Instant.EPOCH.plusSeconds(3600), retry);
    assertThat(failed.status()).isEqualTo(Notification.Status.HELD);
    assertThat(failed.nextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(3660));
    assertThat(failed.failed(Instant.EPOCH, retry).status())
        .isEqualTo(Notification.Status.GIVEN_UP);
    assertThat(claimed.sent(Instant.EPOCH).status()).isEqualTo(Notification.Status.SENT);
    assertThatThrownBy(() -> held.heldUntil(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> held.notWanted(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_notification_not_wanted_is_settled_and_cannot_be_sent() {
    var notWanted =
        notification(1, NotificationKind.NEW_REPORT, Instant.EPOCH).notWanted(Instant.EPOCH);

    assertThat(notWanted.status().settled()).isTrue();
    assertThat(notWanted.settledAt()).contains(Instant.EPOCH);
    assertThatThrownBy(() -> notWanted.sent(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_digest_is_due_at_the_next_chosen_hour_in_the_organisations_time_zone() {
    var at9 = new NotificationPreferences(Map.of(), 9);

    // 08:30 in London (GMT in March before the clocks change): today at 9.
    assertThat(at9.nextDigestAfter(Instant.parse("2026-03-04T08:30:00Z"), LONDON))
        .isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
    // Exactly at 9, or after: tomorrow at 9, so one digest a day.
    assertThat(at9.nextDigestAfter(Instant.parse("2026-03-04T09:00:00Z"), LONDON))
        .isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
    // In summer 9 in London is 8 UTC.
    assertThat(at9.nextDigestAfter(Instant.parse("2026-07-01T12:00:00Z"), LONDON))
        .isEqualTo(Instant.parse("2026-07-02T08:00:00Z"));
  }

  @Test
  void each_member_is_offered_the_emails_their_roles_bring() {
    assertThat(NotificationPreferences.receivedBy(Set.of(Role.ANALYST)))
        .containsExactly(
            NotificationKind.TWO_FACTOR_RESET,
            NotificationKind.RECOVERY_CODES_ISSUED,
            NotificationKind.PASSWORD_CHANGED,
            NotificationKind.PASSWORD_RESET);
    assertThat(NotificationPreferences.receivedBy(Set.of(Role.SAFEGUARDING_LEAD)))
        .contains(NotificationKind.URGENT_ESCALATION, NotificationKind.ESCALATION_REMINDER)
        .doesNotContain(NotificationKind.NEW_REPORT);
    assertThat(NotificationPreferences.receivedBy(Set.of(Role.ADVISER)))
        .contains(NotificationKind.NEW_REPORT, NotificationKind.CASE_OVERDUE)
        .doesNotContain(NotificationKind.URGENT_ESCALATION);
  }

  @Test
  void a_check_names_every_problem_and_drops_an_at_once_choice_that_is_no_choice() {
    var checked =
        NotificationPreferences.check(
            Map.of(
                NotificationKind.URGENT_ESCALATION, Delivery.AT_ONCE,
                NotificationKind.ESCALATION_REMINDER, Delivery.DAILY_DIGEST),
            7,
            Set.of(Role.SAFEGUARDING_LEAD));
    assertThat(checked)
        .isEqualTo(
            Checked.valid(
                new NotificationPreferences(
                    Map.of(NotificationKind.ESCALATION_REMINDER, Delivery.DAILY_DIGEST), 7)));

    assertThat(
            NotificationPreferences.check(
                Map.of(NotificationKind.URGENT_ESCALATION, Delivery.DAILY_DIGEST),
                -1,
                Set.of(Role.SAFEGUARDING_LEAD)))
        .isInstanceOfSatisfying(
            Checked.Invalid.class,
            invalid ->
                assertThat(invalid.problems())
                    .extracting(p -> ((FieldProblem) p).field())
                    .containsExactly("digestHour", "emails.urgent-escalation"));
  }
}
