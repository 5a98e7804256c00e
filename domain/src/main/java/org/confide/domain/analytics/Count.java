package org.confide.domain.analytics;

/**
 * A count as a trend table shows it: the number itself, or, when it is too small to show safely,
 * only that it is fewer than the threshold; or not shown at all, when showing it would let a small
 * count be worked out by subtraction.
 */
public sealed interface Count {

  /** The words or figure a person reads. */
  String label();

  /** A count shown as it is. */
  record Exact(long value) implements Count {
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

  /** A count below the threshold: never shown as a number, so it cannot single anyone out. */
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
