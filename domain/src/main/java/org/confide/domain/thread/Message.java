package org.confide.domain.thread;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.staff.StaffId;

/**
 * One message in a thread: who sent it, when, and when the other side first read it. A staff
 * message records which staff member wrote it; a reporter message records no identity at all.
 *
 * @param id identifies the message within its thread
 * @param side which side wrote it
 * @param body what it says
 * @param sentAt when it was sent
 * @param author the staff member who wrote it: present exactly for a staff message
 * @param readAt when the other side first read it, if they have; not before {@code sentAt}
 */
public record Message(
    MessageId id,
    AuthorSide side,
    MessageBody body,
    Instant sentAt,
    Optional<StaffId> author,
    Optional<Instant> readAt) {

  /**
   * A message. Use {@link #fromReporter} or {@link #fromStaff} for a new one.
   *
   * @throws IllegalArgumentException if the author is present for a reporter message or missing for
   *     a staff one, or it was read before it was sent
   */
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

  /**
   * A new, unread message from the reporter.
   *
   * @param id a new id
   * @param body what it says
   * @param sentAt when it was sent
   * @return the message, with no author
   */
  public static Message fromReporter(MessageId id, MessageBody body, Instant sentAt) {
    return new Message(id, AuthorSide.REPORTER, body, sentAt, Optional.empty(), Optional.empty());
  }

  /**
   * A new, unread message from the staff member {@code author}.
   *
   * @param id a new id
   * @param author the staff member who wrote it; the reporter sees only "the team"
   * @param body what it says
   * @param sentAt when it was sent
   * @return the message
   */
  public static Message fromStaff(MessageId id, StaffId author, MessageBody body, Instant sentAt) {
    Objects.requireNonNull(author, "message author must not be null");
    return new Message(id, AuthorSide.STAFF, body, sentAt, Optional.of(author), Optional.empty());
  }

  /**
   * Whether the other side has read it.
   *
   * @return true if {@link #readAt()} is present
   */
  public boolean isRead() {
    return readAt.isPresent();
  }

  /**
   * This message read at {@code at}; a message already read keeps its first read time, because that
   * is what tells staff how quickly a reporter saw an answer.
   *
   * @param at when the other side read it; not before it was sent
   * @return the message read at {@code at}, or this very message if it was already read
   * @throws IllegalArgumentException if {@code at} is before the message was sent
   */
  public Message markRead(Instant at) {
    Objects.requireNonNull(at, "read at must not be null");
    return isRead() ? this : new Message(id, side, body, sentAt, author, Optional.of(at));
  }
}
