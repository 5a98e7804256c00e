package org.confide.application.service;

import java.time.Instant;
import java.util.Optional;
import org.confide.application.port.out.ServiceSettings;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.Message;
import org.confide.domain.thread.MessageThread;

/**
 * When the case team owes a response, and by when. A response is awaited from the moment a report
 * arrives until the team first writes back, and again from each reporter message the team has not
 * yet answered. A named report without a thread is answered outside Confide, so once an adviser has
 * opened it nothing more is awaited here. Closed cases await nothing.
 */
final class ResponseTargets {

  private ResponseTargets() {}

  /** Since when the reporter has been waiting, if they are. */
  static Optional<Instant> awaitingSince(Report report, Optional<MessageThread> thread) {
    if (report.status() == ReportStatus.CLOSED) {
      return Optional.empty();
    }
    var messages = thread.map(MessageThread::messages).orElse(java.util.List.of());
    var lastStaff = messages.stream().filter(m -> m.side() == AuthorSide.STAFF).reduce((a, b) -> b);
    if (lastStaff.isEmpty()) {
      if (report.status() == ReportStatus.NEW || report.twoWayMessaging()) {
        return Optional.of(report.receivedAt());
      }
      return messages.stream()
          .filter(m -> m.side() == AuthorSide.REPORTER)
          .map(Message::sentAt)
          .findFirst();
    }
    var answeredAt = lastStaff.get().sentAt();
    return messages.stream()
        .filter(m -> m.side() == AuthorSide.REPORTER && m.sentAt().isAfter(answeredAt))
        .map(Message::sentAt)
        .findFirst();
  }

  /** When the awaited response is due, if one is awaited. */
  static Optional<Instant> dueBy(
      Report report, Optional<MessageThread> thread, ServiceSettings settings) {
    return awaitingSince(report, thread)
        .map(since -> settings.calendar().responseDue(since, settings.serviceLevel()));
  }
}
