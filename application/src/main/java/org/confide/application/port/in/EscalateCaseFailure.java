package org.confide.application.port.in;

/**
 * How raising an escalation by hand fails: as the gate denies a change to a case, no such case, or
 * no usable reason.
 */
public sealed interface EscalateCaseFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.ChangedMeanwhile,
        Failure.NotFound,
        Failure.Invalid {
  /** The gate's denial as a failure of this set. */
  static EscalateCaseFailure from(StaffChangeDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
      case Failure.ChangedMeanwhile changedMeanwhile -> changedMeanwhile;
    };
  }
}
