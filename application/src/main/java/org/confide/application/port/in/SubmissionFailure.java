package org.confide.application.port.in;

/** How a submission fails: what was sent is unusable, or a retry finds its report erased since. */
public sealed interface SubmissionFailure extends Failure
    permits Failure.Invalid, Failure.Refused {}
