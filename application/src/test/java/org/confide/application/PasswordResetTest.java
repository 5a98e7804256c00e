package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.Failures.failedWith;

import java.net.URI;
import java.time.Duration;
import org.confide.application.memory.InMemoryMailer;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.LogInStaffUseCase;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ResetStaffPasswordUseCase;
import org.confide.application.port.in.SetPasswordByLinkUseCase;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.notification.Email;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.RetryPolicy;
import org.confide.domain.staff.EmailAddress;
import org.confide.domain.staff.StaffId;
import org.confide.testing.Fixture;
import org.confide.testing.KeysAsWords;
import org.junit.jupiter.api.Test;

/**
 * An administrator resets a member's password: the old one stops working, every session of theirs
 * ends, and a one-time link that expires sets a new one.
 */
class PasswordResetTest {

  private static final String NEW_PASSWORD = "a brand new long password";
  private static final URI STAFF = URI.create("https://confide.example.ac.uk/staff");

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private StaffId adviserId() {
    return fixture
        .ports
        .staffDirectory()
        .findByEmail(EmailAddress.of("adviser@example.ac.uk"))
        .orElseThrow()
        .id();
  }

  private ResetStaffPasswordUseCase.IssuedLink reset() {
    return confide
        .resetStaffPassword()
        .reset(fixture.admin, new ResetStaffPasswordUseCase.Command(adviserId()))
        .orElseThrow();
  }

  private Outcome<Outcome.Ok, ?> set(String token, String password) {
    return confide
        .setPasswordByLink()
        .set(new SetPasswordByLinkUseCase.Command(token, password.toCharArray()));
  }

  private boolean signsInWith(String password) {
    return confide
        .logInStaff()
        .logIn(
            LogInStaffUseCase.Command.withPassword("adviser@example.ac.uk", password.toCharArray()))
        .isDone();
  }

  @Test
  void a_reset_shuts_the_old_password_out_ends_every_session_and_the_link_sets_a_new_one() {
    var elsewhere = fixture.logIn("adviser@example.ac.uk");

    var link = reset();

    assertThat(link.token()).matches("[0-9a-f]{64}");
    assertThat(link.expiresAt()).isEqualTo(Fixture.MONDAY_MORNING.plus(Duration.ofHours(24)));
    assertThat(confide.identifyStaff().identify(elsewhere))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(confide.identifyStaff().identify(fixture.adviser))
        .is(failedWith(Failure.Unauthenticated.class));
    assertThat(signsInWith(Fixture.PASSWORD)).isFalse();
    assertThat(confide.setPasswordByLink().check(link.token()).isDone()).isTrue();

    assertThat(set(link.token(), NEW_PASSWORD).isDone()).isTrue();

    assertThat(signsInWith(NEW_PASSWORD)).isTrue();
  }

  @Test
  void a_link_works_once() {
    var link = reset();
    set(link.token(), NEW_PASSWORD);

    assertThat(confide.setPasswordByLink().check(link.token()))
        .is(failedWith(Failure.NotFound.class));
    assertThat(set(link.token(), "yet another long password"))
        .is(failedWith(Failure.NotFound.class));
    assertThat(signsInWith(NEW_PASSWORD)).isTrue();
  }

  @Test
  void an_expired_link_is_refused_with_what_to_do_and_sets_nothing() {
    var link = reset();
    fixture.clock.advance(Duration.ofHours(24));

    assertThat(confide.setPasswordByLink().check(link.token()))
        .is(failedWith(Failure.Refused.class));
    var refused = set(link.token(), NEW_PASSWORD);

    assertThat(refused).is(failedWith(Failure.Refused.class));
    assertThat(((Failure.Refused) ((Outcome.Failed<?, ?>) refused).failure()).reason())
        .contains("expired", "administrator");
    assertThat(signsInWith(NEW_PASSWORD)).isFalse();
  }

  @Test
  void an_unknown_token_and_a_replaced_link_are_not_found() {
    var first = reset();
    var second = reset();

    assertThat(set("0".repeat(64), NEW_PASSWORD)).is(failedWith(Failure.NotFound.class));
    assertThat(set("not even a token", NEW_PASSWORD)).is(failedWith(Failure.NotFound.class));
    assertThat(set(first.token(), NEW_PASSWORD)).is(failedWith(Failure.NotFound.class));
    assertThat(set(second.token(), NEW_PASSWORD).isDone()).isTrue();
  }

  @Test
  void a_short_password_is_refused_naming_the_field_and_the_link_still_works() {
    var link = reset();

    var refused = set(link.token(), "too short");

    assertThat(refused).is(failedWith(Failure.Invalid.class));
    assertThat(((Failure.Invalid) ((Outcome.Failed<?, ?>) refused).failure()).problems())
        .singleElement()
        .satisfies(problem -> assertThat(problem.field()).isEqualTo("newPassword"));
    assertThat(set(link.token(), NEW_PASSWORD).isDone()).isTrue();
  }

  @Test
  void only_an_administrator_resets_and_an_unknown_account_is_not_found() {
    var command = new ResetStaffPasswordUseCase.Command(adviserId());

    assertThat(confide.resetStaffPassword().reset(fixture.lead, command))
        .is(failedWith(Failure.Forbidden.class));
    assertThat(
            confide
                .resetStaffPassword()
                .reset(
                    fixture.admin,
                    new ResetStaffPasswordUseCase.Command(
                        new StaffId(java.util.UUID.randomUUID()))))
        .is(failedWith(Failure.NotFound.class));
    assertThat(signsInWith(Fixture.PASSWORD)).isTrue();
    assertThat(fixture.audited(AuditAction.PASSWORD_RESET_ISSUED)).isEmpty();
  }

  @Test
  void the_reset_and_the_use_of_the_link_are_audited_by_account_without_the_link() {
    var link = reset();
    set(link.token(), NEW_PASSWORD);

    assertThat(fixture.audited(AuditAction.PASSWORD_RESET_ISSUED))
        .singleElement()
        .extracting(AuditEvent::detail)
        .isEqualTo(adviserId().toString());
    assertThat(fixture.audited(AuditAction.PASSWORD_SET_BY_LINK))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEmpty());
    assertThat(fixture.auditEvents())
        .allSatisfy(
            event -> assertThat(event.toString() + event.detail()).doesNotContain(link.token()));
  }

  @Test
  void the_member_is_emailed_the_same_link_and_then_that_their_password_was_changed() {
    var link = reset();
    assertThat(Outbox.lines(fixture))
        .filteredOn(line -> line.startsWith("PASSWORD_"))
        .containsExactly("PASSWORD_RESET adviser@example.ac.uk");

    var mailer = new InMemoryMailer();
    Mailing.notifier(
            fixture.ports,
            mailer,
            fixture.clock,
            new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(4), 4),
            STAFF,
            100,
            fixture.secrets(),
            KeysAsWords.englishAndWelsh())
        .send();

    assertThat(mailer.sent())
        .filteredOn(email -> email.subject().equals(NotificationKind.PASSWORD_RESET.subjectKey()))
        .singleElement()
        .satisfies(email -> {
          var expected = STAFF + "/set-password?token=" + link.token();
          assertThat(email.to().value()).isEqualTo("adviser@example.ac.uk");
          assertThat(email.text())
              .contains(NotificationKind.PASSWORD_RESET.sentenceKey())
              .contains(Email.CHOOSE_PASSWORD + ": " + expected);
          assertThat(email.html()).contains("href=\"" + expected + "\"");
        });

    set(link.token(), NEW_PASSWORD);
    assertThat(Outbox.lines(fixture))
        .filteredOn(line -> line.startsWith("PASSWORD_"))
        .containsExactly("PASSWORD_CHANGED adviser@example.ac.uk");
  }

  @Test
  void the_link_lives_as_long_as_the_session_policy_says() {
    var shortLived =
        fixture
            .builder
            .sessionPolicy(
                org.confide.domain.session.SessionPolicy.standard()
                    .withPasswordResetLink(Duration.ofHours(2)))
            .build(fixture.ports);

    var link =
        shortLived
            .resetStaffPassword()
            .reset(fixture.admin, new ResetStaffPasswordUseCase.Command(adviserId()))
            .orElseThrow();

    assertThat(link.expiresAt()).isEqualTo(Fixture.MONDAY_MORNING.plus(Duration.ofHours(2)));
    fixture.clock.advance(Duration.ofHours(2));
    assertThat(confide.setPasswordByLink().check(link.token()))
        .is(failedWith(Failure.Refused.class));
  }
}
