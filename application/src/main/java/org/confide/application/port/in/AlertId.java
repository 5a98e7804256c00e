package org.confide.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque, stable id of a pattern alert: 24 hexadecimal digits of a keyed digest of what it
 * joins on, which says nothing about the person or place.
 *
 * @param value the 24 lower-case hexadecimal digits
 */
public record AlertId(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9a-f]{24}");

  /**
   * Checks the form.
   *
   * @throws IllegalArgumentException if {@code value} is not 24 lower-case hexadecimal digits
   */
  public AlertId {
    Objects.requireNonNull(value, "alert id must not be null");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an alert id is 24 lower-case hexadecimal digits");
    }
  }

  /**
   * Reads an id from a request, without throwing.
   *
   * @param text the id as sent, or null
   * @return the id, or empty when {@code text} does not have the form of one
   */
  public static Optional<AlertId> parse(String text) {
    return text != null && FORM.matcher(text).matches()
        ? Optional.of(new AlertId(text))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
