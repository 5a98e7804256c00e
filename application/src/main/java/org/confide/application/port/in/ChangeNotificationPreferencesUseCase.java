package org.confide.application.port.in;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.confide.application.port.in.ReadNotificationPreferencesUseCase.Preferences;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.Language;

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
   * @param language the language of their emails wanted, one of those offered (the driving adapter,
   *     which offers them, checks that); empty to keep the one chosen before
   */
  record Command(
      Map<NotificationKind, Delivery> emails, int digestHour, Optional<Language> language) {
    /**
     * Refuses a missing component and copies the map.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(emails, "emails must not be null");
      emails = Map.copyOf(emails.isEmpty() ? Map.of() : new EnumMap<>(emails));
      Objects.requireNonNull(language, "language must be Optional, not null");
    }

    /**
     * What the member asked for, keeping the language of their emails.
     *
     * @param emails the delivery wanted for each kind named
     * @param digestHour the hour of the daily digest wanted
     */
    public Command(Map<NotificationKind, Delivery> emails, int digestHour) {
      this(emails, digestHour, Optional.empty());
    }
  }
}
