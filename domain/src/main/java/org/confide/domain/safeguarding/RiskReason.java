package org.confide.domain.safeguarding;

/** Why a report was given its risk level, each with a sentence staff can read. */
public enum RiskReason {
  /** The reporter said the person affected is under 18. */
  UNDER_18("The person affected is under 18."),
  /** The reporter was not sure whether the person affected is under 18. */
  POSSIBLY_UNDER_18("The reporter is not sure whether the person affected is under 18."),
  /** The reporter said someone is in danger right now. */
  IMMEDIATE_DANGER("The reporter said someone is in danger right now."),
  /** The answers point to a risk of serious harm. */
  SERIOUS_HARM("The answers point to a risk of serious harm."),
  /** The reporter's own words contain phrases that can signal risk; a person should read them. */
  FREE_TEXT_INDICATOR(
      "The reporter's own words contain phrases that can signal risk, such as self-harm, a weapon"
          + " or an age under 18. Please read them: this check is often wrong.");

  private final String description;

  RiskReason(String description) {
    this.description = description;
  }

  /**
   * The reason in plain words, for staff.
   *
   * @return a sentence, such as "The person affected is under 18."
   */
  public String description() {
    return description;
  }
}
