package org.confide.application.port.in;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.Preferences;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;

/**
 * A staff member chooses, for each kind of email they may be sent, whether it comes at once, in a
 * daily digest at the hour they choose, or not at all. An urgent escalation and the emails about
 * their own account always come at once: asking otherwise is refused, naming the email. Audited,
 * with no detail.
 */
public interface ChangeNotificationPreferencesUseCase {

  /**
   * Replaces the preferences of the member holding {@code session} whole: a kind not named goes at
   * once.
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @param command the deliveries and the hour wanted
   * @return the preferences now in force, or why not (one of {@link NotificationChoiceFailure})
   */
  Outcome<Preferences, NotificationChoiceFailure> change(SessionToken session, Command command);

  /**
   * What the member asked for.
   *
   * @param emails the delivery wanted for each kind named
   * @param digestHour the hour of the daily digest wanted (checked by the use case: 0 to 23)
   */
  record Command(Map<NotificationKind, Delivery> emails, int digestHour) {
    /**
     * Refuses a missing component and copies the map.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(emails, "emails must not be null");
      emails = Map.copyOf(emails.isEmpty() ? Map.of() : new EnumMap<>(emails));
    }
  }
}
