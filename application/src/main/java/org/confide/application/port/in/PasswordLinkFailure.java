package org.confide.application.port.in;

/**
 * Why a one-time set-password link does not work: it was used already, replaced by a newer one or
 * never issued ({@link Failure.NotFound}, one answer for all three, so that a guessed token learns
 * nothing), or it has expired ({@link Failure.Refused}, with what to do).
 */
public sealed interface PasswordLinkFailure extends Failure
    permits Failure.NotFound, Failure.Refused {}
