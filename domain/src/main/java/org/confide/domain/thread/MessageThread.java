package org.confide.domain.thread;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.confide.domain.shared.ReportReference;

/**
 * The conversation about one report, messages in the order they were sent. Immutable: posting and
 * reading return a new thread.
 */
public final class MessageThread {

  private final ReportReference reference;
  private final List<Message> messages;

  private MessageThread(ReportReference reference, List<Message> messages) {
    this.reference = reference;
    this.messages = messages;
  }

  /** An empty thread for the report {@code reference}. */
  public static MessageThread open(ReportReference reference) {
    Objects.requireNonNull(reference, "thread reference must not be null");
    return new MessageThread(reference, List.of());
  }

  /**
   * A thread as stored; throws if the messages are out of sent order or repeat an id, which no
   * sequence of {@link #post} calls can produce.
   */
  public static MessageThread reconstitute(ReportReference reference, List<Message> messages) {
    Objects.requireNonNull(reference, "thread reference must not be null");
    var copy = List.copyOf(Objects.requireNonNull(messages, "thread messages must not be null"));
    var ids = new HashSet<MessageId>();
    for (int i = 0; i < copy.size(); i++) {
      if (!ids.add(copy.get(i).id())) {
        throw new IllegalArgumentException("thread messages must have distinct ids");
      }
      if (i > 0 && copy.get(i).sentAt().isBefore(copy.get(i - 1).sentAt())) {
        throw new IllegalArgumentException("thread messages must be in sent at order");
      }
    }
    return new MessageThread(reference, copy);
  }

  /**
   * This thread with {@code message} appended; throws if it was sent before the last message,
   * repeats an id, or is already marked read.
   */
  public MessageThread post(Message message) {
    Objects.requireNonNull(message, "message must not be null");
    if (message.isRead()) {
      throw new IllegalArgumentException("a posted message must not be read yet");
    }
    var appended = new ArrayList<>(messages);
    appended.add(message);
    return reconstitute(reference, appended);
  }

  /**
   * This thread after {@code reader} looked at it at {@code at}: every message from the other side
   * sent by then is read. A message sent later stays unread, since the reader cannot have seen it.
   */
  public MessageThread markReadBy(AuthorSide reader, Instant at) {
    Objects.requireNonNull(reader, "reader must not be null");
    Objects.requireNonNull(at, "read at must not be null");
    var read =
        messages.stream()
            .map(message ->
                message.side() == reader.other() && !message.sentAt().isAfter(at)
                    ? message.markRead(at)
                    : message)
            .toList();
    return new MessageThread(reference, read);
  }

  /** How many messages from the other side {@code reader} has not read. */
  public int unreadFor(AuthorSide reader) {
    Objects.requireNonNull(reader, "reader must not be null");
    return (int)
        messages.stream()
            .filter(message -> message.side() == reader.other() && !message.isRead())
            .count();
  }

  /** The most recent message from {@code side}, if it has written any. */
  public Optional<Message> lastFrom(AuthorSide side) {
    Objects.requireNonNull(side, "side must not be null");
    return messages.reversed().stream().filter(message -> message.side() == side).findFirst();
  }

  /** The report this thread is about. */
  public ReportReference reference() {
    return reference;
  }

  /** The messages, oldest first. */
  public List<Message> messages() {
    return messages;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageThread that
        && reference.equals(that.reference)
        && messages.equals(that.messages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reference, messages);
  }

  @Override
  public String toString() {
    return "MessageThread[" + reference + ", " + messages.size() + " messages]";
  }
}
