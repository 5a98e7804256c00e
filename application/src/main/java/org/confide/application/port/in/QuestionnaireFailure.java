package org.confide.application.port.in;

/**
 * How a change to which questionnaire version is in use, or a safeguarding lead's confirmation of
 * one, fails: as the gate denies, no such version, unusable input, or refused in the present state
 * (a version that drops safeguarding signals no lead has confirmed).
 */
public sealed interface QuestionnaireFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.NotFound,
        Failure.Invalid,
        Failure.Refused {
  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static QuestionnaireFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
