package org.confide.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confide.domain.thread.AuthorSide;
import org.confide.domain.thread.MessageId;

/** A thread as shown to one side, with when the case team's next response is due. */
public record ThreadView(List<MessageView> messages, Optional<Instant> responseDueBy) {

  public ThreadView {
    messages = List.copyOf(messages);
  }

  /** One message. To the reporter, staff appear by role ({@code "Case adviser"}), never by name. */
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
