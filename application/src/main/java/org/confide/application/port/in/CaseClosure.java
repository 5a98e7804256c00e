package org.confide.application.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a case was closed, as far as Confide records it today: when, and who gave which reason in the
 * note a change of status keeps.
 *
 * @param closedAt when the case was closed
 * @param closedBy the name of the staff member who closed it, if the closing note is held
 * @param reason the reason they gave, if the closing note is held
 */
public record CaseClosure(Instant closedAt, Optional<String> closedBy, Optional<String> reason) {

  /**
   * Refuses a missing component.
   *
   * @throws NullPointerException if a component is null
   */
  public CaseClosure {
    Objects.requireNonNull(closedAt, "closed at must not be null");
    Objects.requireNonNull(closedBy, "closed by must be Optional, not null");
    Objects.requireNonNull(reason, "reason must be Optional, not null");
  }

  @Override
  public String toString() {
    return "CaseClosure[" + closedAt + "]";
  }
}
