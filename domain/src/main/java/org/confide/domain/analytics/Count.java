package org.confide.domain.analytics;

/**
 * A count as a trend table shows it: the number itself, or, when it is too small to show safely,
 * only that it is fewer than the threshold; or not shown at all, when showing it would let a small
 * count be worked out by subtraction.
 */
public sealed interface Count {

  /**
   * The words or figure a person reads.
   *
   * @return the number, such as {@code 12}, or {@code fewer than 5}, or {@code not shown}
   */
  String label();

  /**
   * A count shown as it is.
   *
   * @param value the number of reports; never negative
   */
  record Exact(long value) implements Count {
    /**
     * A count shown as it is.
     *
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Exact {
      if (value < 0) {
        throw new IllegalArgumentException("a count is never negative");
      }
    }

    @Override
    public String label() {
      return Long.toString(value);
    }
  }

  /**
   * A count below the threshold: never shown as a number, so it cannot single anyone out.
   *
   * @param threshold the table's {@link SuppressionThreshold#value() suppression threshold}; the
   *     count is from zero to one less than it
   */
  record FewerThan(int threshold) implements Count {
    @Override
    public String label() {
      return "fewer than " + threshold;
    }
  }

  /**
   * A count of at least the threshold, withheld so that a small count beside it cannot be worked
   * out from a total (secondary suppression).
   */
  record NotShown() implements Count {
    @Override
    public String label() {
      return "not shown";
    }
  }
}
