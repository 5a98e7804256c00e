package org.confide.application.port.in;

/**
 * How deactivating a staff account fails: as the gate denies, no such account, or refused (one's
 * own account).
 */
public sealed interface DeactivateStaffFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.NotFound,
        Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static DeactivateStaffFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
