package org.confide.application.port.in;

/**
 * How a staff use case guarded by a role fails when it looks up one thing the caller names (a case,
 * an account, an alert): as the gate denies, or not found.
 */
public sealed interface LookUpFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Forbidden, Failure.NotFound {
  /** The gate's denial as a failure of this set. */
  static LookUpFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
