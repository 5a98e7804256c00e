package org.confide.application.port.in;

/**
 * How a staff use case guarded by a role fails when it also checks what it is sent (a new account,
 * a questionnaire, a period, a calendar change, a trend query, a page of the case list).
 */
public sealed interface StaffRequestFailure extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Forbidden, Failure.Invalid {
  /** The gate's denial as a failure of this set. */
  static StaffRequestFailure from(StaffDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
      case Failure.TwoFactorFirst twoFactorFirst -> twoFactorFirst;
      case Failure.Forbidden forbidden -> forbidden;
    };
  }
}
