package org.confide.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.audit.AuditEvent;
import org.confide.domain.shared.ReportReference;

/** The append-only record of what staff did and what happened to reports. */
public interface AuditTrail {

  /**
   * Appends an event. Events are never changed or removed.
   *
   * @param event the event, which holds no report content and no network address
   */
  void append(AuditEvent event);

  /**
   * Events from {@code from} (inclusive) to {@code to} (exclusive), optionally about one report,
   * oldest first, at most {@code limit}.
   *
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @param subject the one report the events must be about, or empty for all
   * @param limit how many at most, not negative
   * @return the events, oldest first
   */
  List<AuditEvent> between(Instant from, Instant to, Optional<ReportReference> subject, int limit);
}
