package org.confide.application.service;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confide.application.port.out.CaseLists.Position;
import org.confide.domain.shared.ReportReference;

/**
 * The cursors of case-list pages as clients see them: a case's received time (seconds and
 * nanoseconds) and reference, {@code 1772442000.123456000.K7M2Q9XF3A}. Not secret (staff see both
 * parts on the page anyway), URL-safe, and checked strictly when given back.
 */
final class CaseCursors {

  private static final Pattern FORM = Pattern.compile("(\\d{1,12})\\.(\\d{9})\\.([0-9A-Z]{10})");

  private CaseCursors() {}

  static String of(Position position) {
    var at = position.receivedAt();
    return at.getEpochSecond()
        + "."
        + String.format("%09d", at.getNano())
        + "."
        + position.reference().value();
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
              new ReportReference(match.group(3))));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
