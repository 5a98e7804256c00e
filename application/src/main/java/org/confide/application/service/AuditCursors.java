package org.confide.application.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.application.port.out.AuditTrail.Position;

/**
 * The cursors of audit-trail pages as clients see them: an event's time (seconds and nanoseconds)
 * and its order of appending, {@code 1772442000.123456000.981}. Not secret, URL-safe, and checked
 * strictly when given back.
 */
final class AuditCursors {

  private static final Pattern FORM = Pattern.compile("(\\d{1,12})\\.(\\d{9})\\.(\\d{1,18})");

  private AuditCursors() {}

  static String of(Position position) {
    var at = position.at();
    return at.getEpochSecond()
        + "."
        + String.format("%09d", at.getNano())
        + "."
        + position.sequence();
  }

  /** The position a cursor names, unless it is not a cursor of this form. */
  static Optional<Position> parse(String cursor) {
    var match = FORM.matcher(cursor);
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Position(
              Instant.ofEpochSecond(
                  Long.parseLong(match.group(1)), Integer.parseInt(match.group(2))),
              Long.parseLong(match.group(3))));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
