package org.confide.application.service;

import java.util.Optional;
import org.confide.application.port.out.CaseLists.Position;
import org.confide.domain.shared.ReportReference;

/**
 * The cursors of case-list pages as clients see them: a case's received time (seconds and
 * nanoseconds) and reference, {@code 1772442000.123456000.K7M2Q9XF3A}. Staff see both parts on the
 * page anyway.
 */
final class CaseCursors {

  private CaseCursors() {}

  static String of(Position position) {
    return TimeCursors.of(position.receivedAt(), position.reference().value());
  }

  /** The position a cursor names, unless it is not a cursor of this form. */
  static Optional<Position> parse(String cursor) {
    return TimeCursors.parse(
        cursor,
        "[0-9A-Z]{10}",
        (at, reference) -> new Position(at, new ReportReference(reference)));
  }
}
