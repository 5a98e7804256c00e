package org.confide.domain.analytics;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When something that awaits a response arrived and when it was first answered: a report and the
 * case team's first message to its reporter, or an escalation and a lead's first decision on it.
 * Times only, nothing that was said.
 *
 * @param at when it arrived
 * @param answered when it was first answered, if it has been
 */
public record Arrival(Instant at, Optional<Instant> answered) {

  /**
   * An arrival.
   *
   * @throws NullPointerException if a component is null
   */
  public Arrival {
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(answered, "answered must be Optional, not null");
  }
}
