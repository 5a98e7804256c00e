package org.confide.application.port.in;

/**
 * How beginning to set up two-factor sign-in fails: no live staff session, or refused once it is
 * set up.
 */
public sealed interface TwoFactorEnrolmentFailure extends Failure
    permits Failure.Unauthenticated, Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static TwoFactorEnrolmentFailure from(SessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
    };
  }
}
