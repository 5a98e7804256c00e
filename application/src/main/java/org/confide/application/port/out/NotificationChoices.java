package org.confide.application.port.out;

import java.util.Optional;
import org.confide.domain.notification.NotificationPreferences;
import org.confide.domain.staff.StaffId;

/**
 * Each staff member's notification preferences: how each kind of email reaches them and the hour of
 * their daily digest. A member who never saved any has none here, and is sent every email at once
 * ({@link NotificationPreferences#standard()}).
 */
public interface NotificationChoices {

  /**
   * The preferences {@code staff} saved last.
   *
   * @param staff a staff member
   * @return their preferences, or empty if they never saved any
   */
  Optional<NotificationPreferences> find(StaffId staff);

  /**
   * Makes {@code preferences} the preferences of {@code staff}, replacing any saved before whole: a
   * kind chosen before and absent now goes at once again.
   *
   * @param staff a staff member
   * @param preferences their preferences
   */
  void save(StaffId staff, NotificationPreferences preferences);
}
