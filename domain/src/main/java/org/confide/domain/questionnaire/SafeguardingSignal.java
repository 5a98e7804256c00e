package org.confide.domain.questionnaire;

/**
 * What choosing an option tells the safeguarding policy. Signals live on options rather than in the
 * policy, so that an organisation's own questionnaire can raise the same concerns as the default
 * one without code changes.
 */
public enum SafeguardingSignal {
  /** The person affected is under 18. */
  UNDER_18,
  /** The reporter is not sure whether the person affected is under 18. */
  POSSIBLY_UNDER_18,
  /** Someone is in danger right now. */
  IMMEDIATE_DANGER,
  /** Someone may come to serious harm. */
  SERIOUS_HARM
}
