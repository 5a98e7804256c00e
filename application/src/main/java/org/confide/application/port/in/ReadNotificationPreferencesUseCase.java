package org.confide.application.port.in;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.notification.Delivery;
import org.confide.domain.notification.NotificationKind;
import org.confide.domain.shared.Language;

/**
 * A staff member reads how each kind of email they may be sent reaches them (at once, in a daily
 * digest, or not at all) and the hour of their digest. Any staff member may, for themselves only.
 */
public interface ReadNotificationPreferencesUseCase {

  /**
   * The preferences of the member holding {@code session}.
   *
   * @param session the member's staff session, from {@link LogInStaffUseCase}
   * @return their preferences, or why not (one of {@link StaffSessionDenial})
   */
  Outcome<Preferences, StaffSessionDenial> read(SessionToken session);

  /**
   * A member's preferences as they stand.
   *
   * @param emails each kind of email the member's roles may bring them, in a fixed order
   * @param digestHour the hour of their daily digest, 0 to 23
   * @param timeZone the time zone the hour is in: the working calendar's
   * @param language the language of their emails, if they chose one; else the first offered
   */
  record Preferences(
      List<EmailChoice> emails, int digestHour, ZoneId timeZone, Optional<Language> language) {
    /**
     * Refuses a missing component and copies the list.
     *
     * @throws NullPointerException if a component is null
     */
    public Preferences {
      emails = List.copyOf(emails);
      Objects.requireNonNull(timeZone, "timeZone must not be null");
      Objects.requireNonNull(language, "language must be Optional, not null");
    }
  }

  /**
   * How one kind of email reaches the member.
   *
   * @param kind the kind of email
   * @param delivery how it reaches them
   * @param choosable whether they may change it: never for an urgent escalation, nor for an email
   *     about their own account, which always go at once
   */
  record EmailChoice(NotificationKind kind, Delivery delivery, boolean choosable) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public EmailChoice {
      Objects.requireNonNull(kind, "kind must not be null");
      Objects.requireNonNull(delivery, "delivery must not be null");
    }
  }
}
