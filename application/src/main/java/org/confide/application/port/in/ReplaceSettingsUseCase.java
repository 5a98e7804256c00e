package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.settings.ServiceSettings;

/** An administrator replaces the settings whole, for an embedder who means to. */
public interface ReplaceSettingsUseCase {

  /**
   * Replaces the settings whole (calendar, closures, service level, contacts, retention, analysis,
   * the two-factor requirement). To change one part, use the use case that changes that part
   * ({@link ChangeCalendarUseCase}, {@link ChangeAnalysisUseCase}, {@link
   * RequireTwoFactorUseCase}): each is made from the settings in force at that moment, so a change
   * made meanwhile is kept.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the new settings
   * @return {@link Outcome.Ok} once the settings are in force, or why not (one of {@link
   *     StaffDenial})
   */
  Outcome<Outcome.Ok, StaffDenial> replace(SessionToken session, Command command);

  /**
   * The new settings.
   *
   * @param settings the settings to put in force
   */
  record Command(ServiceSettings settings) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(settings, "settings must not be null");
    }
  }
}
