package org.confide.domain.safeguarding;

import java.util.List;
import java.util.Objects;

/**
 * What the safeguarding policy made of a report: a level and the reasons for it. The level is
 * {@link RiskLevel#NONE} exactly when there is no reason.
 *
 * @param level how worrying the report is
 * @param reasons why, each reason once; empty exactly when the level is {@code NONE}
 */
public record RiskAssessment(RiskLevel level, List<RiskReason> reasons) {

  /**
   * An assessment; keeps an unmodifiable copy of the reasons.
   *
   * @throws IllegalArgumentException if a reason is repeated, or the level is {@code NONE} with
   *     reasons or another level without any
   */
  public RiskAssessment {
    Objects.requireNonNull(level, "level must not be null");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
    if (reasons.stream().distinct().count() != reasons.size()) {
      throw new IllegalArgumentException("reasons must not repeat a reason");
    }
    if ((level == RiskLevel.NONE) != reasons.isEmpty()) {
      throw new IllegalArgumentException(
          "level must be NONE exactly when there are no reasons, was " + level + " " + reasons);
    }
  }

  /**
   * No safeguarding concern.
   *
   * @return level {@code NONE}, no reasons
   */
  public static RiskAssessment none() {
    return new RiskAssessment(RiskLevel.NONE, List.of());
  }

  /**
   * Whether a safeguarding lead must look now.
   *
   * @return true if the level is {@link RiskLevel#URGENT}: an escalation is raised at once
   */
  public boolean isUrgent() {
    return level == RiskLevel.URGENT;
  }

  /**
   * Whether the answers say someone is in danger right now, so the reporter is shown who to call:
   * what {@link SafeguardingPolicy#showsImmediateDanger} says of the answers assessed.
   *
   * @return true if one of the reasons is {@link RiskReason#IMMEDIATE_DANGER}
   */
  public boolean showsImmediateDanger() {
    return reasons.contains(RiskReason.IMMEDIATE_DANGER);
  }
}
