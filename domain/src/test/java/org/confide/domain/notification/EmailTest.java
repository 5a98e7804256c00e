package org.confide.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.confide.domain.shared.Language;
import org.confide.domain.shared.ReportReference;
import org.confide.domain.staff.EmailAddress;
import org.junit.jupiter.api.Test;

class EmailTest {

  private static final URI STAFF = URI.create("https://confide.example.ac.uk/staff");
  private static final BundleWording ENGLISH = BundleWording.english();
  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000022");

  private static Notification overdue() {
    return Notification.of(
        ID,
        NotificationKind.CASE_OVERDUE,
        new EmailAddress("adviser@example.ac.uk"),
        Optional.of(new ReportReference("ABCDE12345")),
        Optional.of(LocalDate.of(2026, 3, 5)),
        Instant.EPOCH);
  }

  @Test
  void an_email_names_the_kind_the_reference_the_due_date_and_the_staff_page_only() {
    var email = Email.of(overdue(), STAFF, ENGLISH);

    assertThat(email.subject()).isEqualTo("A case is overdue");
    assertThat(email.messageId()).isEqualTo(ID + "@confide.example.ac.uk");
    assertThat(email.text())
        .isEqualTo(
            """
            A response on a case is overdue.

            Case reference: ABCDE-12345
            Due: Thursday 5 March 2026

            Sign in to Confide to see it: https://confide.example.ac.uk/staff

            This email says nothing about the case on purpose: what there is to see is in Confide.
            """);
    assertThat(email.html())
        .contains("<html lang=\"en\">", "<strong>ABCDE-12345</strong>")
        .contains("<a href=\"https://confide.example.ac.uk/staff\">")
        .doesNotContain("<img", "<script", "style=");
  }

  @Test
  void an_email_in_welsh_has_every_word_and_its_date_in_welsh() {
    var email = Email.of(overdue(), STAFF, new BundleWording(Language.WELSH));

    assertThat(email.subject()).isEqualTo("Mae achos yn hwyr");
    assertThat(email.text())
        .startsWith("Mae ymateb ar achos yn hwyr.\n")
        .contains("Cyfeirnod yr achos: ABCDE-12345\n")
        .contains("Erbyn: Dydd Iau 5 Mawrth 2026\n")
        .contains("Mewngofnodwch i Confide i'w weld: https://confide.example.ac.uk/staff")
        .doesNotContain("Case reference", "Due:", "Sign in");
    assertThat(email.html()).contains("<html lang=\"cy\">", "<title>Mae achos yn hwyr</title>");
  }

  @Test
  void an_email_without_a_case_says_only_what_happened() {
    var email =
        Email.of(
            Notification.of(
                ID,
                NotificationKind.TWO_FACTOR_RESET,
                new EmailAddress("lead@example.ac.uk"),
                Optional.empty(),
                Optional.empty(),
                Instant.EPOCH),
            STAFF,
            ENGLISH);

    assertThat(email.text()).doesNotContain("Case reference", "Due:");
    assertThat(email.subject()).isEqualTo("Your two-step sign-in was reset");
  }

  @Test
  void the_retry_delay_doubles_up_to_the_longest() {
    var policy = RetryPolicy.standard();

    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.tries()).isEqualTo(10);
  }

  @Test
  void a_notification_is_given_up_at_the_last_try_and_not_before() {
    var policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 2);
    var notification =
        Notification.of(
            ID,
            NotificationKind.NEW_REPORT,
            new EmailAddress("adviser@example.ac.uk"),
            Optional.empty(),
            Optional.empty(),
            Instant.EPOCH);

    var once = notification.failed(Instant.EPOCH, policy);
    assertThat(once.status()).isEqualTo(Notification.Status.WAITING);
    assertThat(once.failed(Instant.EPOCH, policy).status()).isEqualTo(Notification.Status.GIVEN_UP);
    assertThat(notification.toString()).doesNotContain("adviser@");
  }
}
