package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.MessageId;

/**
 * A thread as shown to one side, with when the case team's next response is due.
 *
 * @param messages every message, oldest first
 * @param responseDueBy when the team's response to the reporter is due, counted in working days;
 *     empty when no reporter message is waiting for one
 */
public record ThreadView(List<MessageView> messages, Optional<Instant> responseDueBy) {

  /**
   * Refuses a missing component; collections are copied, so the record never changes.
   *
   * @throws NullPointerException if a component is null
   */
  public ThreadView {
    messages = List.copyOf(messages);
  }

  /**
   * One message. To the reporter, staff appear by role ({@code "Case adviser"}), never by name.
   *
   * @param id the message's id
   * @param from which side wrote it
   * @param author who wrote it, as the viewing side may see it: to the reporter, their own messages
   *     are {@code "You"} and staff's {@code "Case adviser"}; to staff, the reporter's are {@code
   *     "Reporter"} and staff's the author's name
   * @param body the text
   * @param sentAt when it was sent
   * @param readAt when the other side first read it; empty while unread
   */
  public record MessageView(
      MessageId id,
      AuthorSide from,
      String author,
      String body,
      Instant sentAt,
      Optional<Instant> readAt) {
    @Override
    public String toString() {
      return "MessageView[" + id + ", " + from + "]";
    }
  }
}
