package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.pattern.PatternKind;

/**
 * Pattern alerts: several reports naming the same person or place within the window. An analyst
 * sees only that an alert exists and how many reports it joins; a safeguarding lead also whether it
 * is a person or a place and when its reports arrived. Advisers see nothing.
 */
public interface ListAlertsUseCase {

  /**
   * The current alerts, most reports first.
   *
   * @param session the acting staff member's session, from {@link LogInStaffUseCase}
   * @return the pattern alerts raised now, or why not (one of {@link StaffDenial})
   */
  Outcome<List<Alert>, StaffDenial> list(SessionToken session);

  /**
   * One alert.
   *
   * @param id the alert's id, stable while its reports are the same, to open it by
   * @param reports how many reports it joins, at least the threshold
   * @param kind person or place; for safeguarding leads only
   * @param firstReceivedAt when its first report arrived; for safeguarding leads only
   * @param lastReceivedAt when its latest report arrived; for safeguarding leads only
   */
  record Alert(
      AlertId id,
      int reports,
      Optional<PatternKind> kind,
      Optional<Instant> firstReceivedAt,
      Optional<Instant> lastReceivedAt) {
    /**
     * Refuses a missing component.
     *
     * @throws NullPointerException if a component is null
     */
    public Alert {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(kind, "kind must be Optional, not null");
      Objects.requireNonNull(firstReceivedAt, "first received at must be Optional, not null");
      Objects.requireNonNull(lastReceivedAt, "last received at must be Optional, not null");
    }
  }
}
