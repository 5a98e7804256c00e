package org.confide.application.port.in;

/**
 * How taking a case for oneself fails: as the gate denies a change to a case, no such case, or
 * refused by the case's state.
 */
public sealed interface TakeCaseFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.ChangedMeanwhile,
        Failure.NotFound,
        Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static TakeCaseFailure from(StaffChangeDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
      case Failure.ChangedMeanwhile changedMeanwhile -> changedMeanwhile;
    };
  }
}
