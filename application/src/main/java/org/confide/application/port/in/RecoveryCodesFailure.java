package org.confide.application.port.in;

/**
 * How replacing one's recovery codes fails: as the gate denies a member who needs no particular
 * role, two-factor sign-in not set up ({@link Failure.Refused}), or a code that is not a fresh one
 * from the app ({@link Failure.Invalid}, naming {@code code}).
 */
public sealed interface RecoveryCodesFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Invalid, Failure.Refused {

  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static RecoveryCodesFailure from(StaffSessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
    };
  }
}
