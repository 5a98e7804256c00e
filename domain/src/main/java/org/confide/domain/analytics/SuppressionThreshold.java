package org.confide.domain.analytics;

/**
 * The smallest count a trend table shows as a number. Smaller counts — zero included — are shown
 * only as "fewer than" it. Never below 3: a count of one or two reports can point at a person.
 */
public record SuppressionThreshold(int value) {

  /** The lowest threshold allowed. */
  public static final int MINIMUM = 3;

  /** The threshold unless the organisation chooses another. */
  public static final int DEFAULT = 5;

  /** The highest threshold allowed; above it tables would show almost nothing. */
  public static final int MAXIMUM = 100;

  public SuppressionThreshold {
    if (value < MINIMUM || value > MAXIMUM) {
      throw new IllegalArgumentException(
          "the suppression threshold must be from " + MINIMUM + " to " + MAXIMUM);
    }
  }

  public static SuppressionThreshold standard() {
    return new SuppressionThreshold(DEFAULT);
  }

  /** Whether {@code count} is too small to show as a number. */
  public boolean suppresses(long count) {
    return count < value;
  }
}
