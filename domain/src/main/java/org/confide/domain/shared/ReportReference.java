package org.confide.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How staff know a report: ten random Crockford symbols shown as {@code XXXXX-XXXXX}. Random and
 * non-sequential, so that a reference says nothing about how many reports came before it or when;
 * it is not a secret and gives no access by itself.
 */
public record ReportReference(String value) {

  private static final int LENGTH = 10;

  public ReportReference {
    Objects.requireNonNull(value, "reference must not be null");
    if (value.length() != LENGTH || !Crockford.isCanonical(value)) {
      throw new IllegalArgumentException(
          "reference must be " + LENGTH + " characters of Crockford base32");
    }
  }

  /** A new random reference. */
  public static ReportReference generate(RandomGenerator random) {
    return new ReportReference(Crockford.randomSymbols(random, LENGTH));
  }

  /** Parses a reference as typed or shown, tolerant of case and of the hyphen. */
  public static ReportReference parse(String text) {
    Objects.requireNonNull(text, "reference must not be null");
    return new ReportReference(Crockford.normalise(text));
  }

  /**
   * The reference {@code text} names, as typed or shown, or nothing when it names none: for text
   * from outside, such as a path, where a wrong reference is an expected mistake.
   */
  public static Optional<ReportReference> read(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var normal = Crockford.normalise(text);
    return normal.length() == LENGTH && Crockford.isCanonical(normal)
        ? Optional.of(new ReportReference(normal))
        : Optional.empty();
  }

  /** The form shown to staff: {@code XXXXX-XXXXX}. */
  public String display() {
    return value.substring(0, 5) + "-" + value.substring(5);
  }

  @Override
  public String toString() {
    return display();
  }
}
