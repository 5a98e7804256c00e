package org.confide.application.port.in;

/**
 * How a change to a case with something to check (an assignee, a status and its reason) fails: as
 * the gate denies a change to a case, no such case, unusable input, or refused by the case's state.
 */
public sealed interface CaseChangeFailure extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.ChangedMeanwhile,
        Failure.NotFound,
        Failure.Invalid,
        Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static CaseChangeFailure from(StaffChangeDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
      case Failure.ChangedMeanwhile changedMeanwhile -> changedMeanwhile;
    };
  }
}
