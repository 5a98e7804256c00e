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

  /** The current alerts, most reports first. */
  Outcome<List<Alert>, StaffDenial> list(SessionToken session);

  /**
   * One alert.
   *
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
    public Alert {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(kind, "kind must be Optional, not null");
      Objects.requireNonNull(firstReceivedAt, "first received at must be Optional, not null");
      Objects.requireNonNull(lastReceivedAt, "last received at must be Optional, not null");
    }
  }
}
