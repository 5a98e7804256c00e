package org.confide.application.port.in;

/**
 * How a sign-in is answered by a driving adapter that limits how often credentials are tried: as
 * the use case denies a session ({@link SessionDenial}), or {@link Failure.Throttled} without
 * trying at all. No use case answers this set; it is the adapter's.
 */
public sealed interface SignInDenial extends Failure
    permits Failure.Unauthenticated, Failure.Throttled {

  /** The use case's denial as an answer of this set. */
  static SignInDenial from(SessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
    };
  }
}
