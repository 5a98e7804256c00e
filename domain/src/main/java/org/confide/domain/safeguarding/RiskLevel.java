package org.confide.domain.safeguarding;

/** How worrying a report is, from the safeguarding point of view; ordered from least to most. */
public enum RiskLevel {
  /** Nothing in the report suggests a safeguarding concern. */
  NONE,
  /** Something a safeguarding lead should look at, within the usual response target. */
  CONCERN,
  /** A safeguarding lead must look now: an escalation is raised at once. */
  URGENT;

  /**
   * The higher of this level and {@code other}.
   *
   * @param other another level
   * @return whichever of the two is the more worrying
   */
  public RiskLevel atLeast(RiskLevel other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
