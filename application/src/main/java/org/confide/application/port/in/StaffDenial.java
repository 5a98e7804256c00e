package org.confide.application.port.in;

/**
 * How the gate denies a staff use case guarded by a role: no live staff session, two-factor sign-in
 * still to be set up where it is required, or a role that does not allow it. A use case that can
 * fail in no other way (it reads, or stores what it is given whole) answers this set.
 */
public sealed interface StaffDenial extends Failure
    permits Failure.Unauthenticated, Failure.TwoFactorFirst, Failure.Forbidden {}
