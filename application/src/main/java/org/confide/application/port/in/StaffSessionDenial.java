package org.confide.application.port.in;

/**
 * How the gate denies a staff member who needs no particular role: no live staff session, or
 * two-factor sign-in still to be set up where it is required. A use case that can fail in no other
 * way answers this set.
 */
public sealed interface StaffSessionDenial extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst {}
