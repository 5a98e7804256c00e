package org.confide.domain.thread;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/**
 * Identifies one message in a thread.
 *
 * @param value the id; {@link #toString()} gives its canonical text form
 */
public record MessageId(UUID value) {

  /**
   * The id {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public MessageId {
    Objects.requireNonNull(value, "message id must not be null");
  }

  /**
   * A new random id from the supplied source.
   *
   * @param random the source of the id's random bits
   * @return a new id holding a version 4 UUID
   */
  public static MessageId generate(RandomGenerator random) {
    return new MessageId(RandomIds.uuid(random));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
