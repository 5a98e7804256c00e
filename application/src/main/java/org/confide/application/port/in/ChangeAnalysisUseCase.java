package org.confide.application.port.in;

import java.util.Objects;
import org.confide.domain.settings.AnalysisSettings;

/** An administrator changes how trends and pattern alerts work. */
public interface ChangeAnalysisUseCase {

  /**
   * Puts {@code analysis} in force, keeping every other setting in force at that moment.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @param command the analysis settings wanted
   * @return {@link Outcome.Ok} once the settings are in force, or why not (one of {@link
   *     StaffDenial})
   */
  Outcome<Outcome.Ok, StaffDenial> change(SessionToken session, Command command);

  /**
   * The analysis settings wanted.
   *
   * @param analysis how trends are suppressed and pattern alerts raised
   */
  record Command(AnalysisSettings analysis) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Command {
      Objects.requireNonNull(analysis, "analysis must not be null");
    }
  }
}
