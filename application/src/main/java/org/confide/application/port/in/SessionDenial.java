package org.confide.application.port.in;

/**
 * How the gate denies a use case that needs only a live session (a reporter's, or a staff member's
 * while they set up two-factor sign-in), and how a sign-in is refused: the session or the
 * credentials are not good. A use case that can fail in no other way answers this set.
 */
public sealed interface SessionDenial extends Failure permits Failure.Unauthenticated {}
