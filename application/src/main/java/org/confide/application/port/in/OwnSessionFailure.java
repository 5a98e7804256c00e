package org.confide.application.port.in;

/**
 * How ending one of one's own sessions fails: as the gate denies a member who needs no particular
 * role, or an id that is none of their active sessions ({@link Failure.NotFound}).
 */
public sealed interface OwnSessionFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.NotFound {

  /**
   * The gate's denial as a failure of this set.
   *
   * @param denial why the gate denied the use case
   * @return the same failure, as one of this set
   */
  static OwnSessionFailure from(StaffSessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
    };
  }
}
