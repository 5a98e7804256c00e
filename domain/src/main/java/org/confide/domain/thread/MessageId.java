package org.confide.domain.thread;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/** Identifies one message in a thread. */
public record MessageId(UUID value) {

  public MessageId {
    Objects.requireNonNull(value, "message id must not be null");
  }

  /** A new random id from the supplied source. */
  public static MessageId generate(RandomGenerator random) {
    return new MessageId(RandomIds.uuid(random));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
