package org.confide.domain.analytics;

import java.util.Arrays;
import java.util.Optional;

/** A way of dividing reports for trend analysis; tables are by one dimension or by two crossed. */
public enum TrendDimension {
  /** The kinds of incident; a report may name several, so it counts once under each. */
  TYPE("type"),
  /** On campus, off campus or online. */
  WHERE("where"),
  /** The month the report arrived, in the organisation's time zone. */
  MONTH("month"),
  /** Student, staff, visitor and so on. */
  REPORTER_ROLE("reporterRole"),
  /** Anonymous or named. */
  ANONYMOUS("anonymous"),
  /**
   * How closed cases ended: counted at closing ({@link ClosingFact}), not from a report's facts, so
   * it is crossed with {@link #MONTH} alone, which then is the month of closing.
   */
  OUTCOME("outcome");

  private final String parameter;

  TrendDimension(String parameter) {
    this.parameter = parameter;
  }

  /**
   * The name of this dimension in the API and in CSV headers, such as {@code reporterRole}.
   *
   * @return the name, stable across versions
   */
  public String parameter() {
    return parameter;
  }

  /**
   * Whether a report can fall under several categories of this dimension at once.
   *
   * @return true for {@link #TYPE} only
   */
  public boolean multiValued() {
    return this == TYPE;
  }

  /**
   * Whether this dimension is counted from cases' closings rather than from reports' facts.
   *
   * @return true for {@link #OUTCOME} only
   */
  public boolean countedAtClosing() {
    return this == OUTCOME;
  }

  /**
   * The dimension named {@code parameter}, as the API spells it.
   *
   * @param parameter the name, exactly as {@link #parameter()} gives it (case matters)
   * @return the dimension, or empty when none has that name
   */
  public static Optional<TrendDimension> parse(String parameter) {
    return Arrays.stream(values()).filter(d -> d.parameter.equals(parameter)).findFirst();
  }
}
