package org.confide.application.port.in;

/**
 * How a staff member's change of their own notification preferences fails: as the gate denies a
 * member who needs no particular role, or a choice that is not theirs to make ({@link
 * Failure.Invalid}, naming {@code digestHour} or {@code emails.<kind>}).
 */
public sealed interface NotificationChoiceFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Invalid {

  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static NotificationChoiceFailure from(StaffSessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
    };
  }
}
