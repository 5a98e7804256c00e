package org.confide.domain.thread;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.report.ReportStatus;

/**
 * Where a report stands, as its reporter can see it to be true: told from the thread first (a
 * reply, or whether their last message was read), and from the case only when the thread says
 * nothing. A case stays {@link ReportStatus#NEW NEW} until someone takes it, even after an adviser
 * has replied, so the status alone would contradict what the reporter reads below it.
 */
public enum ReporterProgress {
  /** The report has arrived, and nobody has taken it on or written yet. */
  RECEIVED,
  /** An adviser has taken the case on; nobody has written yet. */
  BEING_WORKED_ON,
  /** The reporter's last message has not been read by the case team yet. */
  MESSAGE_WAITING,
  /** The case team has read the reporter's last message, and not replied yet. */
  MESSAGE_READ,
  /** The last message is the case team's: a reply waits for the reporter. */
  REPLIED,
  /** The case is closed. */
  CLOSED;

  /**
   * The progress of a report with this status and thread.
   *
   * @param status the case's status
   * @param thread the report's thread, if it has one
   * @return what the reporter can see to be true
   */
  public static ReporterProgress of(ReportStatus status, Optional<MessageThread> thread) {
    Objects.requireNonNull(status, "status must not be null");
    if (status == ReportStatus.CLOSED) {
      return CLOSED;
    }
    var last = thread.map(MessageThread::messages).filter(m -> !m.isEmpty()).map(List::getLast);
    if (last.isPresent()) {
      if (last.get().side() == AuthorSide.STAFF) {
        return REPLIED;
      }
      return last.get().isRead() ? MESSAGE_READ : MESSAGE_WAITING;
    }
    return status == ReportStatus.OPEN ? BEING_WORKED_ON : RECEIVED;
  }
}
