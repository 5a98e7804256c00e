package org.confide.domain.thread;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.staff.StaffId;

/**
 * One message in a thread: who sent it, when, and when the other side first read it. A staff
 * message records which staff member wrote it; a reporter message records no identity at all.
 */
public record Message(
    MessageId id,
    AuthorSide side,
    MessageBody body,
    Instant sentAt,
    Optional<StaffId> author,
    Optional<Instant> readAt) {

  public Message {
    Objects.requireNonNull(id, "message id must not be null");
    Objects.requireNonNull(side, "message side must not be null");
    Objects.requireNonNull(body, "message body must not be null");
    Objects.requireNonNull(sentAt, "message sent at must not be null");
    Objects.requireNonNull(author, "message author must not be null");
    Objects.requireNonNull(readAt, "message read at must not be null");
    if (author.isPresent() != (side == AuthorSide.STAFF)) {
      throw new IllegalArgumentException(
          "message author must be present for a staff message and empty for a reporter message");
    }
    if (readAt.filter(read -> read.isBefore(sentAt)).isPresent()) {
      throw new IllegalArgumentException("message read at must not be before its sent at");
    }
  }

  /** A new, unread message from the reporter. */
  public static Message fromReporter(MessageId id, MessageBody body, Instant sentAt) {
    return new Message(id, AuthorSide.REPORTER, body, sentAt, Optional.empty(), Optional.empty());
  }

  /** A new, unread message from the staff member {@code author}. */
  public static Message fromStaff(MessageId id, StaffId author, MessageBody body, Instant sentAt) {
    Objects.requireNonNull(author, "message author must not be null");
    return new Message(id, AuthorSide.STAFF, body, sentAt, Optional.of(author), Optional.empty());
  }

  /** Whether the other side has read it. */
  public boolean isRead() {
    return readAt.isPresent();
  }

  /**
   * This message read at {@code at}; a message already read keeps its first read time, because that
   * is what tells staff how quickly a reporter saw an answer.
   */
  public Message markRead(Instant at) {
    Objects.requireNonNull(at, "read at must not be null");
    return isRead() ? this : new Message(id, side, body, sentAt, author, Optional.of(at));
  }
}
