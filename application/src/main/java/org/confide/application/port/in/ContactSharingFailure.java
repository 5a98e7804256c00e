package org.confide.application.port.in;

/**
 * How sharing contact details fails: as the gate denies a reporter's change, or unusable details.
 */
public sealed interface ContactSharingFailure extends Failure
    permits Failure.Unauthenticated, Failure.ChangedMeanwhile, Failure.Invalid {
  /** The gate's denial as a failure of this set. */
  static ContactSharingFailure from(ReporterChangeDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.ChangedMeanwhile changedMeanwhile -> changedMeanwhile;
    };
  }
}
