package org.confide.application.port.in;

/**
 * How the gate denies a reporter who changes their report: no live reporter session, or undone
 * whole when someone else changed the report at the same moment.
 */
public sealed interface ReporterChangeDenial extends Failure
    permits Failure.Unauthenticated, Failure.ChangedMeanwhile {}
