package org.confide.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque, stable id of a pattern alert: 24 hexadecimal digits of a keyed digest of what it
 * joins on, which says nothing about the person or place.
 */
public record AlertId(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9a-f]{24}");

  public AlertId {
    Objects.requireNonNull(value, "alert id must not be null");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("an alert id is 24 lower-case hexadecimal digits");
    }
  }

  /** The id in {@code text}, if it has the form of one. */
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
