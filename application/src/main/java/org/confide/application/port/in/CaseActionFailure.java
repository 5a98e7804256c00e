package org.confide.application.port.in;

/**
 * How a staff action on something named that leaves the case itself as it is (a reply to the
 * reporter, a decision on an escalation) fails: as the gate denies, not found, unusable input, or
 * refused in the present state.
 */
public sealed interface CaseActionFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.NotFound,
        Failure.Invalid,
        Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static CaseActionFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
