package org.confide.domain.thread;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.report.Report;
import org.confide.domain.report.ReportStatus;

/**
 * Whether, and since when, a reporter is waiting for the case team. A response is awaited from the
 * moment a report arrives until the team first writes back, and again from each reporter message
 * the team has not yet answered. A named report without a thread is answered outside Confide, so
 * once an adviser has opened it nothing more is awaited here. Closed cases await nothing.
 *
 * <p>Stores that select cases by this rule (the case lists) restate it in their query language; the
 * case-list contract tests hold them to it.
 */
public final class AwaitedResponse {

  private AwaitedResponse() {}

  /**
   * Since when the reporter of {@code report} has been waiting, if they are. The response is due a
   * number of working days after this instant; see {@link
   * org.confide.domain.calendar.ResponseTargets#responseDue(Instant)}.
   *
   * @param report the report
   * @param thread its thread, if it has one
   * @return when the wait began: the report's arrival, or the first reporter message the team has
   *     not answered; empty when nothing is awaited
   */
  public static Optional<Instant> since(Report report, Optional<MessageThread> thread) {
    if (report.status() == ReportStatus.CLOSED) {
      return Optional.empty();
    }
    var messages = thread.map(MessageThread::messages).orElse(List.of());
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
}
