package org.confide.application.port.in;

/**
 * How a sign-in is answered: unauthenticated, or {@link Failure.Throttled} without trying the
 * credentials at all, by a driving adapter that limits how often they are tried, or by {@link
 * LogInStaffUseCase} while the member's code sign-in is paused.
 */
public sealed interface SignInDenial extends Failure
    permits Failure.Unauthenticated, Failure.Throttled {

  /**
   * The use case's denial as an answer of this set.
   *
   * @param denial why the use case denied the sign-in
   * @return the same failure, as one of this set
   */
  static SignInDenial from(SessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
    };
  }
}
