package org.confide.application.port.in;

/**
 * How a use case that needs only a live session fails when it also checks what it is sent and may
 * be refused in the present state (a reporter's message, a two-factor confirmation).
 */
public sealed interface SessionRequestFailure extends Failure
    permits Failure.Unauthenticated, Failure.Invalid, Failure.Refused {
  /** The gate's denial as a failure of this set. */
  static SessionRequestFailure from(SessionDenial denial) {
    return switch (denial) {
      case Failure.Unauthenticated unauthenticated -> unauthenticated;
    };
  }
}
