package org.confide.domain.pattern;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * When reports naming the same person or place become an alert: {@code threshold} or more of them
 * received within {@code window} of each other. An alert joins every report that falls in such a
 * window, so a fourth report within the window of the first three joins the same alert.
 */
public record AlertRule(int threshold, Duration window) {

  /** Three reports unless the organisation chooses otherwise. */
  public static final int DEFAULT_THRESHOLD = 3;

  /** 90 days unless the organisation chooses otherwise. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

  public AlertRule {
    Objects.requireNonNull(window, "window must not be null");
    if (threshold < 2 || threshold > 100) {
      throw new IllegalArgumentException("the alert threshold must be from 2 to 100 reports");
    }
    if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(Duration.ofDays(3660)) > 0) {
      throw new IllegalArgumentException("the alert window must be from 1 day to 10 years");
    }
  }

  public static AlertRule standard() {
    return new AlertRule(DEFAULT_THRESHOLD, DEFAULT_WINDOW);
  }

  /**
   * The items (reports naming one person or place) that an alert joins, oldest first: those in some
   * window holding at least the threshold. Empty when there is no alert.
   */
  public <T> List<T> joined(List<T> items, Function<T, Instant> receivedAt) {
    var sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(receivedAt));
    var joined = new boolean[sorted.size()];
    int end = 0;
    for (int start = 0; start < sorted.size(); start++) {
      var limit = receivedAt.apply(sorted.get(start)).plus(window);
      end = Math.max(end, start);
      while (end + 1 < sorted.size() && !receivedAt.apply(sorted.get(end + 1)).isAfter(limit)) {
        end++;
      }
      if (end - start + 1 >= threshold) {
        for (int i = start; i <= end; i++) {
          joined[i] = true;
        }
      }
    }
    var result = new ArrayList<T>();
    for (int i = 0; i < sorted.size(); i++) {
      if (joined[i]) {
        result.add(sorted.get(i));
      }
    }
    return List.copyOf(result);
  }
}
