package org.confide.application.port.in;

/**
 * How an administrator's change to the teams or the routing fails: as the gate denies, no such
 * team, or unusable input (a name taken, an unknown email, question, option or team).
 */
public sealed interface TeamFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.NotFound,
        Failure.Invalid {
  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static TeamFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
