package org.confide.application.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The form every page cursor shares: a time in seconds and nanoseconds, then what orders the rows
 * of one instant ({@code 1772442000.123456000.K7M2Q9XF3A}). Not secret, URL-safe, and checked
 * strictly when given back: {@link CaseCursors} and {@link AuditCursors} say what the last part is.
 */
final class TimeCursors {

  private TimeCursors() {}

  static String of(Instant at, String tail) {
    return at.getEpochSecond() + "." + String.format("%09d", at.getNano()) + "." + tail;
  }

  /**
   * The position {@code cursor} names, made by {@code position} from its time and last part, unless
   * it is not a cursor of this form or its last part does not match {@code tail}.
   */
  static <P> Optional<P> parse(
      String cursor, String tail, BiFunction<Instant, String, P> position) {
    var match = Pattern.compile("(\\d{1,12})\\.(\\d{9})\\.(" + tail + ")").matcher(cursor);
    if (!match.matches()) {
      return Optional.empty();
    }
    try {
      var at =
          Instant.ofEpochSecond(Long.parseLong(match.group(1)), Integer.parseInt(match.group(2)));
      return Optional.of(position.apply(at, match.group(3)));
    } catch (IllegalArgumentException | DateTimeException e) {
      // NumberFormatException is an IllegalArgumentException.
      return Optional.empty();
    }
  }
}
