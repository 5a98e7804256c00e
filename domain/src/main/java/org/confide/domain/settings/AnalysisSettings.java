package org.confide.domain.settings;

import java.util.Objects;
import org.confide.domain.analytics.SuppressionThreshold;
import org.confide.domain.pattern.AlertRule;

/**
 * How trends and pattern alerts work here: the smallest count a trend table shows, and how many
 * reports within what window raise an alert.
 *
 * @param suppression the smallest count a trend table shows as a number
 * @param alerts how many reports naming the same person or place, within what window, raise an
 *     alert
 */
public record AnalysisSettings(SuppressionThreshold suppression, AlertRule alerts) {

  /**
   * These settings.
   *
   * @throws NullPointerException if a component is null
   */
  public AnalysisSettings {
    Objects.requireNonNull(suppression, "suppression must not be null");
    Objects.requireNonNull(alerts, "alerts must not be null");
  }

  /**
   * Counts below 5 suppressed; 3 reports within 90 days raise an alert.
   *
   * @return the settings Confide starts with
   */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(SuppressionThreshold.standard(), AlertRule.standard());
  }
}
