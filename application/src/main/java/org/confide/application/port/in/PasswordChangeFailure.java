package org.confide.application.port.in;

/**
 * How a staff member's change of their own password fails: as the gate denies a member who needs no
 * particular role, or a current password that is not theirs or a new one that breaks the rules
 * ({@link Failure.Invalid}, naming {@code currentPassword} or {@code newPassword}).
 */
public sealed interface PasswordChangeFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Invalid {

  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static PasswordChangeFailure from(StaffSessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
    };
  }
}
