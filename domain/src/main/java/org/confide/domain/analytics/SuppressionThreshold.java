package org.confide.domain.analytics;

/**
 * The smallest count a trend table shows as a number. Smaller counts — zero included — are shown
 * only as "fewer than" it. Never below 3: a count of one or two reports can point at a person.
 *
 * @param value the smallest count shown as a number, from {@value #MINIMUM} to {@value #MAXIMUM}
 */
public record SuppressionThreshold(int value) {

  /** The lowest threshold allowed. */
  public static final int MINIMUM = 3;

  /** The threshold unless the organisation chooses another. */
  public static final int DEFAULT = 5;

  /** The highest threshold allowed; above it tables would show almost nothing. */
  public static final int MAXIMUM = 100;

  /**
   * A threshold of {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is below {@value #MINIMUM} or above {@value
   *     #MAXIMUM}
   */
  public SuppressionThreshold {
    if (value < MINIMUM || value > MAXIMUM) {
      throw new IllegalArgumentException(
          "the suppression threshold must be from " + MINIMUM + " to " + MAXIMUM);
    }
  }

  /**
   * The threshold unless the organisation chooses another.
   *
   * @return a threshold of {@value #DEFAULT}
   */
  public static SuppressionThreshold standard() {
    return new SuppressionThreshold(DEFAULT);
  }

  /**
   * Whether {@code count} is too small to show as a number.
   *
   * @param count a number of reports
   * @return true if it is below the threshold, zero included
   */
  public boolean suppresses(long count) {
    return count < value;
  }
}
