package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.confide.application.crypto.Argon2idPasswords;
import org.confide.application.memory.InMemoryMailer;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.CreateStaffUseCase;
import org.confide.application.port.in.EnsureFirstAdministratorUseCase;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.SendDigestsUseCase;
import org.confide.application.port.in.SendNotificationsUseCase;
import org.confide.application.port.out.Mailer;
import org.confide.application.port.out.NotificationChoices;
import org.confide.application.port.out.Notifications.Counts;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.Notification;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.shared.Language;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.Role;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Fixture;
import org.confide.testing.KeysAsWords;
import org.junit.jupiter.api.Test;

/**
 * The sender honours each recipient's preferences when it delivers: at once, held for the daily
 * digest, or not sent; and the digest job sends each member one email at their hour.
 */
class DigestsTest {

  private static final URI STAFF = URI.create("https://confide.example.ac.uk/staff");
  private static final RetryPolicy RETRY =
      new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(4), 4);
  private static final KeysAsWords WORDS = KeysAsWords.englishAndWelsh();
  private static final String ADVISER = "adviser@example.ac.uk";
  private static final String OTHER = "other@example.ac.uk";

  private final Fixture fixture = new Fixture();
  private final InMemoryMailer mailer = new InMemoryMailer();
  private final SendNotificationsUseCase outbox =
      Mailing.notifier(
          fixture.ports, mailer, fixture.clock, RETRY, STAFF, 100, fixture.secrets(), WORDS);
  private final SendDigestsUseCase digests =
      Mailing.digests(
          fixture.ports, mailer, fixture.clock, RETRY, STAFF, 100, fixture.secrets(), WORDS);

  private void choose(Map<NotificationKind, Delivery> emails, int hour) {
    assertThat(
            fixture
                .confide
                .changeNotificationPreferences()
                .change(
                    fixture.adviser, new ChangeNotificationPreferencesUseCase.Command(emails, hour))
                .isDone())
        .isTrue();
  }

  private List<Email> sentTo(String address) {
    return mailer.sent().stream().filter(e -> e.to().value().equals(address)).toList();
  }

  @Test
  void each_member_is_emailed_in_the_language_they_chose_and_a_change_without_one_keeps_it() {
    assertThat(
            fixture
                .confide
                .changeNotificationPreferences()
                .change(
                    fixture.adviser,
                    new ChangeNotificationPreferencesUseCase.Command(
                        Map.of(), 8, Optional.of(Language.WELSH)))
                .orElseThrow()
                .language())
        .contains(Language.WELSH);
    // A later change that names no language keeps Welsh.
    choose(Map.of(), 9);
    fixture.submit(Fixture.anonymous("Something happened."));

    outbox.send();

    assertThat(sentTo(ADVISER))
        .singleElement()
        .satisfies(email -> {
          assertThat(email.subject()).isEqualTo("cy:email.new-report.subject");
          assertThat(email.text()).endsWith("cy:" + Email.FOOTER + "\n");
          assertThat(email.html()).contains("<html lang=\"cy\">");
        });
    assertThat(sentTo(OTHER))
        .singleElement()
        .satisfies(email -> {
          assertThat(email.subject()).isEqualTo("email.new-report.subject");
          assertThat(email.html()).contains("<html lang=\"en\">");
        });
  }

  @Test
  void an_email_not_wanted_is_settled_unsent_and_counted_apart() {
    choose(Map.of(NotificationKind.NEW_REPORT, Delivery.NONE), 8);
    fixture.submit(Fixture.anonymous("Something happened."));

    assertThat(outbox.send()).isEqualTo(1);

    assertThat(sentTo(ADVISER)).isEmpty();
    assertThat(sentTo(OTHER)).hasSize(1);
    assertThat(fixture.ports.notifications().counts()).isEqualTo(new Counts(0, 0, 1, 0, 1));
  }

  @Test
  void the_choice_in_force_when_the_email_is_sent_decides_not_the_one_when_it_was_written() {
    fixture.submit(Fixture.anonymous("Something happened."));
    choose(Map.of(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST), 9);

    outbox.send();

    assertThat(sentTo(ADVISER)).isEmpty();
    assertThat(fixture.ports.notifications().counts()).isEqualTo(new Counts(0, 1, 1, 0, 0));
  }

  @Test
  void held_emails_go_in_one_digest_at_the_members_hour_and_are_then_sent() {
    // Monday 2 November 2026, 10:00 in London: the digest at 9 is next due on Tuesday at 9.
    choose(Map.of(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST), 9);
    var first = fixture.submit(Fixture.anonymous("One.")).reference();
    var second = fixture.submit(Fixture.anonymous("Two.")).reference();
    outbox.send();
    assertThat(sentTo(ADVISER)).isEmpty();

    fixture.clock.set(Instant.parse("2026-11-03T08:59:59Z"));
    assertThat(digests.send()).isZero();
    fixture.clock.set(Instant.parse("2026-11-03T09:00:00Z"));
    assertThat(digests.send()).isEqualTo(2);
    assertThat(digests.send()).isZero();

    assertThat(sentTo(ADVISER))
        .singleElement()
        .satisfies(digest -> {
          assertThat(digest.subject()).isEqualTo(Email.DIGEST_SUBJECT);
          assertThat(digest.messageId()).startsWith("digest-").endsWith("@confide.example.ac.uk");
          assertThat(digest.text())
              .startsWith(Email.DIGEST_OPENING)
              .contains("email.new-report.subject\nemail.caseReference: " + first.display())
              .contains("email.new-report.subject\nemail.caseReference: " + second.display())
              .contains(Email.DIGEST_SIGN_IN + ": " + STAFF)
              .endsWith(Email.FOOTER + "\n");
          assertThat(digest.html()).contains(first.display()).contains(second.display());
        });
    assertThat(fixture.ports.notifications().counts()).isEqualTo(new Counts(0, 0, 4, 0, 0));
  }

  @Test
  void a_digest_crashed_after_its_send_is_sent_again_whole_with_the_same_message_id() {
    choose(Map.of(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST), 9);
    fixture.submit(Fixture.anonymous("One."));
    fixture.submit(Fixture.anonymous("Two."));
    outbox.send();
    fixture.clock.set(Instant.parse("2026-11-03T09:00:00Z"));
    var accepted = new ArrayList<Email>();
    // The mail server takes the digest, then the node dies before it marks anything sent.
    Mailer dying =
        email -> {
          accepted.add(email);
          throw new IllegalStateException("killed");
        };
    var crashing =
        Mailing.digests(
            fixture.ports, dying, fixture.clock, RETRY, STAFF, 100, fixture.secrets(), WORDS);
    assertThatThrownBy(crashing::send).hasMessage("killed");
    assertThat(fixture.ports.notifications().counts().held()).isEqualTo(2);

    fixture.clock.advance(Duration.ofMinutes(4));
    assertThat(digests.send()).isZero();
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(digests.send()).isEqualTo(2);

    assertThat(sentTo(ADVISER))
        .singleElement()
        .satisfies(again -> {
          assertThat(again.messageId()).isEqualTo(accepted.getFirst().messageId());
          assertThat(again.text()).isEqualTo(accepted.getFirst().text());
        });
    assertThat(fixture.ports.notifications().counts().held()).isZero();
  }

  @Test
  void a_failed_digest_is_retried_and_held_emails_are_never_sent_on_their_own() {
    choose(Map.of(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST), 9);
    fixture.submit(Fixture.anonymous("One."));
    outbox.send();
    fixture.clock.set(Instant.parse("2026-11-03T09:00:00Z"));
    mailer.failing(true);
    assertThat(digests.send()).isZero();
    var held = fixture.ports.notifications().digestsDue(Instant.MAX, 10);
    assertThat(held)
        .singleElement()
        .satisfies(n -> {
          assertThat(n.status()).isEqualTo(Notification.Status.HELD);
          assertThat(n.attempts()).isEqualTo(1);
        });

    mailer.failing(false);
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThat(outbox.send()).isZero();
    assertThat(digests.send()).isEqualTo(1);
    assertThat(sentTo(ADVISER)).hasSize(1);
  }

  @Test
  void a_submission_reads_nobodys_preferences_only_the_sender_does() {
    var reads = new ArrayList<StaffId>();
    var builder =
        InMemoryConfide.builder()
            .clock(fixture.clock)
            .passwordCost(Argon2idPasswords.Parameters.forTestsOnly())
            .twoFactorRequired(false)
            .replace(NotificationChoices.class, tx -> new CountingChoices(reads));
    var ports = builder.buildPorts();
    var confide = builder.build(ports);
    confide
        .ensureFirstAdministrator()
        .ensure(
            new EnsureFirstAdministratorUseCase.Command(
                EmailAddress.of("admin@example.ac.uk"),
                "Ada Admin",
                "a long password".toCharArray()))
        .orElseThrow();
    var admin =
        confide
            .logInStaff()
            .logIn(
                LogInStaffUseCase.Command.withPassword(
                    "admin@example.ac.uk", "a long password".toCharArray()))
            .orElseThrow()
            .token();
    confide
        .createStaff()
        .create(
            admin,
            new CreateStaffUseCase.Command(
                ADVISER, "Alex Adviser", Set.of(Role.ADVISER), "a long password".toCharArray()))
        .orElseThrow();

    confide.submitReport().submit(Fixture.anonymous("Something happened.")).orElseThrow();
    assertThat(ports.notifications().counts().waiting()).isEqualTo(1);
    assertThat(reads).isEmpty();

    Mailing.notifier(ports, mailer, fixture.clock, RETRY, STAFF, 100, fixture.secrets(), WORDS)
        .send();
    assertThat(reads).hasSize(1);
  }

  /** Preferences that count who asks for them, and answer that nobody ever chose. */
  private record CountingChoices(List<StaffId> reads) implements NotificationChoices {
    @Override
    public Optional<NotificationPreferences> find(StaffId staff) {
      reads.add(staff);
      return Optional.empty();
    }

    @Override
    public void save(StaffId staff, NotificationPreferences preferences) {}
  }
}
