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

  /**
   * An empty thread for the report {@code reference}.
   *
   * @param reference the report the thread is about
   * @return a thread with no message
   */
  public static MessageThread open(ReportReference reference) {
    Objects.requireNonNull(reference, "thread reference must not be null");
    return new MessageThread(reference, List.of());
  }

  /**
   * A thread as stored; throws if the messages are out of sent order or repeat an id, which no
   * sequence of {@link #post} calls can produce.
   *
   * @param reference the report the thread is about
   * @param messages the messages, oldest first, with their read times
   * @return the thread
   * @throws IllegalArgumentException if the messages are out of order or two share an id
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
   *
   * @param message a new, unread message, sent no earlier than the last one
   * @return the thread with the message last
   * @throws IllegalArgumentException if the message breaks one of those rules
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
   *
   * @param reader the side that looked
   * @param at when they looked
   * @return the thread with those messages read; a message already read keeps its first read time
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

  /**
   * How many messages from the other side {@code reader} has not read.
   *
   * @param reader the side reading
   * @return the number of unread messages written by the other side
   */
  public int unreadFor(AuthorSide reader) {
    Objects.requireNonNull(reader, "reader must not be null");
    return (int)
        messages.stream()
            .filter(message -> message.side() == reader.other() && !message.isRead())
            .count();
  }

  /**
   * The most recent message from {@code side}, if it has written any.
   *
   * @param side the side that wrote it
   * @return its latest message, or empty when it has written none
   */
  public Optional<Message> lastFrom(AuthorSide side) {
    Objects.requireNonNull(side, "side must not be null");
    return messages.reversed().stream().filter(message -> message.side() == side).findFirst();
  }

  /**
   * The report this thread is about.
   *
   * @return the report's reference
   */
  public ReportReference reference() {
    return reference;
  }

  /**
   * The messages, oldest first.
   *
   * @return an unmodifiable list, possibly empty
   */
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
