package org.confide.application.port.in;

/**
 * How the gate denies a staff use case that changes a case: as {@link StaffDenial}, and undone
 * whole when someone else changed the case at the same moment.
 */
public sealed interface StaffChangeDenial extends Failure
    permits Failure.Unauthenticated,
        Failure.TwoFactorFirst,
        Failure.Forbidden,
        Failure.ChangedMeanwhile {}
