package org.confide.domain.analytics;

import java.util.Objects;

/**
 * One row or column of a trend table: its stable key (an option id, a month) and its label.
 *
 * @param key the category's key, as a {@link Tally} holds it, such as {@code on-campus} or {@code
 *     2025-03}
 * @param label the words shown for it, such as {@code On campus}; the key itself when no label was
 *     given
 */
public record TrendCategory(String key, String label) {

  /**
   * A category.
   *
   * @throws NullPointerException if the key or the label is null
   */
  public TrendCategory {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
  }
}
