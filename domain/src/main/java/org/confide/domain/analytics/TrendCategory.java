package org.confide.domain.analytics;

import java.util.Objects;

/** One row or column of a trend table: its stable key (an option id, a month) and its label. */
public record TrendCategory(String key, String label) {

  public TrendCategory {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(label, "label must not be null");
  }
}
