package org.confide.application.service;

import java.util.Optional;
import org.confide.application.port.out.AuditTrail.Position;

/**
 * The cursors of audit-trail pages as clients see them: an event's time (seconds and nanoseconds)
 * and its order of appending, {@code 1772442000.123456000.981}.
 */
final class AuditCursors {

  private AuditCursors() {}

  static String of(Position position) {
    return TimeCursors.of(position.at(), Long.toString(position.sequence()));
  }

  /** The position a cursor names, unless it is not a cursor of this form. */
  static Optional<Position> parse(String cursor) {
    return TimeCursors.parse(
        cursor, "\\d{1,18}", (at, sequence) -> new Position(at, Long.parseLong(sequence)));
  }
}
