package org.confide.application.service;

import java.time.Instant;
import java.util.Optional;
import org.confide.domain.report.Report;
import org.confide.domain.settings.ServiceSettings;
import org.confide.domain.thread.AwaitedResponse;
import org.confide.domain.thread.MessageThread;

/** When the case team's awaited response ({@link AwaitedResponse}) is due. */
final class AwaitedResponses {

  private AwaitedResponses() {}

  /** When the awaited response is due, if one is awaited. */
  static Optional<Instant> dueBy(
      Report report, Optional<MessageThread> thread, ServiceSettings settings) {
    return dueBy(AwaitedResponse.since(report, thread), settings);
  }

  /** When the response awaited since {@code since} is due, if one is awaited. */
  static Optional<Instant> dueBy(Optional<Instant> since, ServiceSettings settings) {
    return since.map(from -> settings.targets().responseDue(from));
  }
}
