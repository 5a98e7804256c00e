package org.confide.application.port.in;

/** How a use case acted by nobody fails: what the deployer configured is unusable. */
public sealed interface ConfigurationFailure extends Failure permits Failure.Invalid {}
