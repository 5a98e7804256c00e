package org.confide.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.confide.application.port.in.ChangeNotificationPreferencesUseCase;
import org.confide.application.port.in.Failure;
import org.confide.application.port.in.Outcome;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.EmailChoice;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.Preferences;
import org.confide.application.port.in.SessionToken;
import org.confide.domain.audit.AuditAction;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.FieldProblem;
import org.confide.testing.Fixture;
import org.junit.jupiter.api.Test;

/** A staff member reads and changes how their own emails reach them. */
class NotificationPreferencesTest {

  private final Fixture fixture = new Fixture();
  private final Confide confide = fixture.confide;

  private Preferences read(SessionToken session) {
    return confide.readNotificationPreferences().read(session).orElseThrow();
  }

  private Outcome<Preferences, ?> change(
      SessionToken session, Map<NotificationKind, Delivery> emails, int hour) {
    return confide
        .changeNotificationPreferences()
        .change(session, new ChangeNotificationPreferencesUseCase.Command(emails, hour));
  }

  @Test
  void a_member_who_never_chose_is_sent_every_email_they_may_receive_at_once_at_eight() {
    var adviser = read(fixture.adviser);

    assertThat(adviser.digestHour()).isEqualTo(8);
    assertThat(adviser.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(adviser.emails())
        .containsExactly(
            new EmailChoice(NotificationKind.NEW_REPORT, Delivery.AT_ONCE, true),
            new EmailChoice(NotificationKind.REPORTER_MESSAGE, Delivery.AT_ONCE, true),
            new EmailChoice(NotificationKind.CASE_DUE_TOMORROW, Delivery.AT_ONCE, true),
            new EmailChoice(NotificationKind.CASE_OVERDUE, Delivery.AT_ONCE, true),
            new EmailChoice(NotificationKind.TWO_FACTOR_RESET, Delivery.AT_ONCE, false),
            new EmailChoice(NotificationKind.RECOVERY_CODES_ISSUED, Delivery.AT_ONCE, false),
            new EmailChoice(NotificationKind.PASSWORD_CHANGED, Delivery.AT_ONCE, false),
            new EmailChoice(NotificationKind.PASSWORD_RESET, Delivery.AT_ONCE, false));
    assertThat(read(fixture.lead).emails())
        .extracting(EmailChoice::kind)
        .startsWith(NotificationKind.URGENT_ESCALATION, NotificationKind.ESCALATION_REMINDER)
        .doesNotContain(NotificationKind.NEW_REPORT);
    assertThat(read(fixture.lead).emails().getFirst().choosable()).isFalse();
    assertThat(read(fixture.analyst).emails())
        .extracting(EmailChoice::kind)
        .containsExactly(
            NotificationKind.TWO_FACTOR_RESET,
            NotificationKind.RECOVERY_CODES_ISSUED,
            NotificationKind.PASSWORD_CHANGED,
            NotificationKind.PASSWORD_RESET);
  }

  @Test
  void a_change_is_kept_whole_for_that_member_alone_and_audited_without_what_was_chosen() {
    var changed =
        change(
            fixture.adviser,
            Map.of(
                NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST,
                NotificationKind.CASE_DUE_TOMORROW, Delivery.NONE),
            17);

    assertThat(changed.orElseThrow().digestHour()).isEqualTo(17);
    var again = read(fixture.adviser);
    assertThat(again).isEqualTo(changed.orElseThrow());
    assertThat(again.emails())
        .contains(
            new EmailChoice(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST, true),
            new EmailChoice(NotificationKind.CASE_DUE_TOMORROW, Delivery.NONE, true),
            new EmailChoice(NotificationKind.REPORTER_MESSAGE, Delivery.AT_ONCE, true));
    assertThat(read(fixture.otherAdviser).emails())
        .allSatisfy(choice -> assertThat(choice.delivery()).isEqualTo(Delivery.AT_ONCE));
    assertThat(fixture.audited(AuditAction.NOTIFICATION_PREFERENCES_CHANGED))
        .singleElement()
        .satisfies(event -> assertThat(event.detail()).isEmpty());

    change(fixture.adviser, Map.of(NotificationKind.CASE_OVERDUE, Delivery.NONE), 9);
    assertThat(read(fixture.adviser).emails())
        .contains(new EmailChoice(NotificationKind.NEW_REPORT, Delivery.AT_ONCE, true));
  }

  @Test
  void a_lead_cannot_turn_off_or_delay_urgent_escalations_and_the_refusal_names_them() {
    var refused =
        change(fixture.lead, Map.of(NotificationKind.URGENT_ESCALATION, Delivery.NONE), 8);

    assertThat(refused)
        // The English words and the field; the code is ProblemWordsTest's to check.
        .usingRecursiveComparison()
        .ignoringFieldsMatchingRegexes(".*code", ".*arguments")
        .isEqualTo(
            Outcome.failed(
                new Failure.Invalid(
                    java.util.List.of(
                        new FieldProblem(
                            "emails.urgent-escalation",
                            "An urgent escalation is always emailed at once to every safeguarding"
                                + " lead: it cannot be turned off or held for a digest")))));
    assertThat(
            change(
                fixture.lead, Map.of(NotificationKind.URGENT_ESCALATION, Delivery.DAILY_DIGEST), 8))
        .isInstanceOf(Outcome.Failed.class);
    assertThat(fixture.audited(AuditAction.NOTIFICATION_PREFERENCES_CHANGED)).isEmpty();
    // Asking for what is so anyway changes nothing, and is no mistake.
    assertThat(
            change(fixture.lead, Map.of(NotificationKind.URGENT_ESCALATION, Delivery.AT_ONCE), 8)
                .isDone())
        .isTrue();
  }

  @Test
  void security_emails_always_go_at_once_and_emails_not_received_are_no_choice() {
    var refused =
        change(
            fixture.analyst,
            Map.of(
                NotificationKind.PASSWORD_CHANGED, Delivery.DAILY_DIGEST,
                NotificationKind.NEW_REPORT, Delivery.NONE),
            24);

    assertThat(refused)
        .isInstanceOfSatisfying(
            Outcome.Failed.class,
            failed ->
                assertThat(((Failure.Invalid) failed.failure()).problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("digestHour", "emails.new-report", "emails.password-changed"));
    assertThat(read(fixture.analyst).digestHour()).isEqualTo(8);
  }

  @Test
  void without_a_session_nothing_is_read_or_changed() {
    var nobody = new SessionToken("A".repeat(43));

    assertThat(confide.readNotificationPreferences().read(nobody))
        .isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
    assertThat(change(nobody, Map.of(), 8))
        .isEqualTo(Outcome.failed(new Failure.Unauthenticated()));
  }
}
