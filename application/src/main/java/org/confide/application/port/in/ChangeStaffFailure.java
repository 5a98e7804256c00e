package org.confide.application.port.in;

/**
 * How changing a staff account fails: as the gate denies, no such account, a name or roles that
 * break the rules, or refused (the last active administrator, or one's own deactivation).
 */
public sealed interface ChangeStaffFailure extends Failure
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
  static ChangeStaffFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
