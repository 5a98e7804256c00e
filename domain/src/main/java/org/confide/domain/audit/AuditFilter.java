package org.confide.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * Which audit events to read: those of a period, optionally only of one action, one actor or one
 * report.
 *
 * @param from the start of the period, inclusive
 * @param to the end of the period, exclusive; after {@code from}
 * @param action only events of this action, if present
 * @param actor only events by this actor, if present
 * @param subject only events about this report, if present
 */
public record AuditFilter(
    Instant from,
    Instant to,
    Optional<AuditAction> action,
    Optional<Actor> actor,
    Optional<ReportReference> subject) {

  /**
   * A filter.
   *
   * @throws IllegalArgumentException if the period does not start before it ends
   */
  public AuditFilter {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(action, "action must be Optional, not null");
    Objects.requireNonNull(actor, "actor must be Optional, not null");
    Objects.requireNonNull(subject, "subject must be Optional, not null");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /**
   * Every event of a period.
   *
   * @param from the start of the period, inclusive
   * @param to the end of the period, exclusive; after {@code from}
   * @return the filter
   */
  public static AuditFilter between(Instant from, Instant to) {
    return new AuditFilter(from, to, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Whether {@code event} is one this filter lets through.
   *
   * @param event an event
   * @return true if it is in the period and matches every condition given
   */
  public boolean matches(AuditEvent event) {
    return !event.at().isBefore(from)
        && event.at().isBefore(to)
        && action.map(a -> a == event.action()).orElse(true)
        && actor.map(a -> a.equals(event.actor())).orElse(true)
        && subject.map(s -> event.subject().equals(Optional.of(s))).orElse(true);
  }
}
