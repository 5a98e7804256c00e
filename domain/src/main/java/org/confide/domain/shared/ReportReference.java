package org.confide.domain.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How staff know a report: ten random Crockford symbols shown as {@code XXXXX-XXXXX}. Random and
 * non-sequential, so that a reference says nothing about how many reports came before it or when;
 * it is not a secret and gives no access by itself.
 *
 * @param value the ten symbols in canonical form: upper case, no hyphen (use {@link #display()} to
 *     show it, {@link #parse} or {@link #read} for what a person typed)
 */
public record ReportReference(String value) {

  private static final int LENGTH = 10;

  /**
   * A reference of exactly these ten symbols.
   *
   * @throws IllegalArgumentException if {@code value} is not ten characters of the Crockford
   *     alphabet in canonical form
   */
  public ReportReference {
    Objects.requireNonNull(value, "reference must not be null");
    if (value.length() != LENGTH || !Crockford.isCanonical(value)) {
      throw new IllegalArgumentException(
          "reference must be " + LENGTH + " characters of Crockford base32");
    }
  }

  /**
   * A new random reference.
   *
   * @param random the source of the ten symbols
   * @return a new reference; the caller must make sure no report has it already
   */
  public static ReportReference generate(RandomGenerator random) {
    return new ReportReference(Crockford.randomSymbols(random, LENGTH));
  }

  /**
   * Parses a reference as typed or shown, tolerant of case and of the hyphen. For text from
   * outside, where a wrong reference is an expected mistake, use {@link #read} instead.
   *
   * @param text the reference, such as {@code 7k3mq-2xw9p}
   * @return the reference
   * @throws IllegalArgumentException if the text names no reference
   */
  public static ReportReference parse(String text) {
    Objects.requireNonNull(text, "reference must not be null");
    return new ReportReference(Crockford.normalise(text));
  }

  /**
   * The reference {@code text} names, as typed or shown, or nothing when it names none: for text
   * from outside, such as a path, where a wrong reference is an expected mistake.
   *
   * @param text the reference as typed or shown; may be null
   * @return the reference, or empty when the text names none
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

  /**
   * The form shown to staff: {@code XXXXX-XXXXX}. {@link #toString()} answers the same.
   *
   * @return the reference with a hyphen after the fifth symbol
   */
  public String display() {
    return value.substring(0, 5) + "-" + value.substring(5);
  }

  @Override
  public String toString() {
    return display();
  }
}
