package org.confide.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.confide.testing.TestStaff.aStaffId;

import java.util.Map;
import java.util.Optional;
import org.confide.application.port.out.NotificationChoices;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * The contract of every {@link NotificationChoices} adapter: a member who never saved preferences
 * has none; preferences saved read back whole, every choice and the digest hour; a save replaces
 * the member's earlier preferences whole, so a choice left out is gone; one member's preferences
 * are not another's.
 *
 * <p>{@link #choices()} must return the same adapter, empty, throughout one test.
 */
public abstract class NotificationChoicesContract {

  /** For a subclass that runs this contract against one adapter. */
  protected NotificationChoicesContract() {}

  /** {@return the adapter under test, empty at the start of each test} */
  protected abstract NotificationChoices choices();

  @Test
  void a_member_who_never_chose_has_no_preferences() {
    assertThat(choices().find(aStaffId())).isEmpty();
  }

  @Test
  void preferences_saved_read_back_whole_and_apart_from_another_members() {
    var member = aStaffId();
    var other = aStaffId();
    var preferences =
        new NotificationPreferences(
            Map.of(
                NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST,
                NotificationKind.CASE_DUE_TOMORROW, Delivery.NONE,
                NotificationKind.REPORTER_MESSAGE, Delivery.AT_ONCE),
            17);

    choices().save(member, preferences);
    choices().save(other, NotificationPreferences.standard());

    assertThat(choices().find(member)).contains(preferences);
    assertThat(choices().find(other)).contains(NotificationPreferences.standard());
  }

  @Test
  void the_language_of_a_members_emails_is_kept_and_a_save_without_one_clears_it() {
    var member = aStaffId();
    var welsh =
        new NotificationPreferences(
            Map.of(NotificationKind.NEW_REPORT, Delivery.DAILY_DIGEST),
            9,
            Optional.of(Language.WELSH));

    choices().save(member, welsh);
    assertThat(choices().find(member)).contains(welsh);
    assertThat(choices().find(member).orElseThrow().language()).contains(Language.WELSH);

    choices().save(member, welsh.withLanguage(Optional.empty()));
    assertThat(choices().find(member).orElseThrow().language()).isEmpty();
  }

  @Test
  void a_save_replaces_the_earlier_preferences_whole() {
    var member = aStaffId();
    choices()
        .save(
            member,
            new NotificationPreferences(
                Map.of(
                    NotificationKind.NEW_REPORT, Delivery.NONE,
                    NotificationKind.CASE_OVERDUE, Delivery.DAILY_DIGEST),
                6));
    var now = new NotificationPreferences(Map.of(NotificationKind.CASE_OVERDUE, Delivery.NONE), 23);

    choices().save(member, now);

    assertThat(choices().find(member)).contains(now);
    assertThat(choices().find(member).orElseThrow().deliveryOf(NotificationKind.NEW_REPORT))
        .isEqualTo(Delivery.AT_ONCE);
  }
}
