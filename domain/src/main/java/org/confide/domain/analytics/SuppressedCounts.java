package org.confide.domain.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts of reports in a few categories (escalations by state, reports by month), with their total,
 * suppressed by exactly the rule of a {@link TrendTable} by one dimension: a count below the
 * threshold is shown only as "fewer than" it, and further counts are withheld until none of those
 * can be worked out from the figures shown and the total.
 *
 * @param categories the categories, in the order given
 * @param counts one count per category, as shown
 * @param total the number of reports counted, as shown
 */
public record SuppressedCounts(List<TrendCategory> categories, List<Count> counts, Count total) {

  /**
   * Counts as given, already suppressed; keeps unmodifiable copies. Use {@link #of} to suppress.
   *
   * @throws IllegalArgumentException if there is not one count per category
   */
  public SuppressedCounts {
    categories = List.copyOf(categories);
    counts = List.copyOf(counts);
    Objects.requireNonNull(total, "total must not be null");
    if (categories.size() != counts.size()) {
      throw new IllegalArgumentException("there is one count per category");
    }
  }

  /**
   * The counts of {@code categories}, suppressed under {@code threshold}.
   *
   * @param categories the categories, each with a distinct key, in the order to show them
   * @param values how many reports fall in each category, by key; a category not named has none
   * @param threshold the smallest count shown as a number
   * @return the counts as they may be shown
   * @throws IllegalArgumentException if a value is negative or names no category
   */
  public static SuppressedCounts of(
      List<TrendCategory> categories, Map<String, Long> values, SuppressionThreshold threshold) {
    var keys = categories.stream().map(TrendCategory::key).toList();
    var tallies = new ArrayList<Tally>();
    values.forEach((key, reports) -> {
      if (!keys.contains(key)) {
        throw new IllegalArgumentException("a count names no category: " + key);
      }
      // The trend table's own rule, applied to a table by one single-valued dimension: which
      // dimension stands for these categories makes no difference to how they are suppressed.
      tallies.add(new Tally(Map.of(TrendDimension.WHERE, List.of(key)), reports));
    });
    var table =
        TrendTable.of(
            List.of(TrendDimension.WHERE),
            tallies,
            Map.of(TrendDimension.WHERE, categories),
            threshold);
    return new SuppressedCounts(table.rows(), table.rowTotals(), table.total());
  }
}
