package org.confide.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPreferencesTest {

  @Test
  void kinds_not_chosen_go_at_once_and_chosen_ones_as_chosen() {
    var preferences =
        new NotificationPreferences(
            Map.of(
                NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST,
                NotificationKind.CASE_DUE_TOMORROW, Delivery.NONE),
            17);

    assertThat(preferences.deliveryOf(NotificationKind.NEW_REPORT))
        .isEqualTo(Delivery.DAILY_DIGEST);
    assertThat(preferences.deliveryOf(NotificationKind.CASE_DUE_TOMORROW)).isEqualTo(Delivery.NONE);
    assertThat(preferences.deliveryOf(NotificationKind.REPORTER_MESSAGE))
        .isEqualTo(Delivery.AT_ONCE);
    assertThat(NotificationPreferences.standard().deliveryOf(NotificationKind.CASE_OVERDUE))
        .isEqualTo(Delivery.AT_ONCE);
  }

  @Test
  void urgent_escalations_and_security_emails_are_not_a_choice() {
    assertThat(NotificationPreferences.choosable())
        .doesNotContain(
            NotificationKind.URGENT_ESCALATION,
            NotificationKind.TWO_FACTOR_RESET,
            NotificationKind.RECOVERY_CODES_ISSUED,
            NotificationKind.PASSWORD_CHANGED,
            NotificationKind.PASSWORD_RESET)
        .contains(NotificationKind.NEW_REPORT, NotificationKind.ESCALATION_REMINDER);
    assertThatThrownBy(() ->
            new NotificationPreferences(
                Map.of(NotificationKind.URGENT_ESCALATION, Delivery.NONE), 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("URGENT_ESCALATION");
    assertThatThrownBy(() ->
            new NotificationPreferences(
                Map.of(NotificationKind.PASSWORD_CHANGED, Delivery.DAILY_DIGEST), 8))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_digest_hour_is_an_hour_of_the_day() {
    assertThatThrownBy(() -> new NotificationPreferences(Map.of(), 24))
        .hasMessageContaining("digestHour");
    assertThatThrownBy(() -> new NotificationPreferences(Map.of(), -1))
        .hasMessageContaining("digestHour");
    assertThat(new NotificationPreferences(Map.of(), 0).digestHour()).isZero();
  }

  @Test
  void changing_the_map_given_does_not_change_the_preferences() {
    var choices = new HashMap<NotificationKind, Delivery>();
    choices.put(NotificationKind.NEW_REPORT, Delivery.NONE);
    var preferences = new NotificationPreferences(choices, 8);

    choices.put(NotificationKind.NEW_REPORT, Delivery.AT_ONCE);

    assertThat(preferences.deliveryOf(NotificationKind.NEW_REPORT)).isEqualTo(Delivery.NONE);
  }
}
