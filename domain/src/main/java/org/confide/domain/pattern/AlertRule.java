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
 *
 * @param threshold how many reports naming the same person or place make an alert: 2 to 100
 * @param window how close together they must arrive, measured from the earliest of them: 1 day to
 *     3,660 days (about 10 years); a report received exactly at the end of the window is within it
 */
public record AlertRule(int threshold, Duration window) {

  /** Three reports unless the organisation chooses otherwise. */
  public static final int DEFAULT_THRESHOLD = 3;

  /** 90 days unless the organisation chooses otherwise. */
  public static final Duration DEFAULT_WINDOW = Duration.ofDays(90);

  /**
   * A rule with this threshold and window.
   *
   * @throws IllegalArgumentException if the threshold or the window is out of range
   */
  public AlertRule {
    Objects.requireNonNull(window, "window must not be null");
    if (threshold < 2 || threshold > 100) {
      throw new IllegalArgumentException("the alert threshold must be from 2 to 100 reports");
    }
    if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(Duration.ofDays(3660)) > 0) {
      throw new IllegalArgumentException("the alert window must be from 1 day to 10 years");
    }
  }

  /**
   * The rule unless the organisation chooses otherwise.
   *
   * @return {@value #DEFAULT_THRESHOLD} reports within 90 days
   */
  public static AlertRule standard() {
    return new AlertRule(DEFAULT_THRESHOLD, DEFAULT_WINDOW);
  }

  /**
   * The items (reports naming one person or place) that an alert joins, oldest first: those in some
   * window holding at least the threshold. Empty when there is no alert.
   *
   * @param <T> what the caller counts, such as a report or its reference
   * @param items the reports that name one person or place, in any order
   * @param receivedAt when each item was received
   * @return the items the alert joins, oldest first; empty when fewer than the threshold fall in
   *     any one window
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
