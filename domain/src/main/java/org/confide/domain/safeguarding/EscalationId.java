package org.confide.domain.safeguarding;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/** Identifies one escalation. */
public record EscalationId(UUID value) {

  public EscalationId {
    Objects.requireNonNull(value, "escalation id must not be null");
  }

  /** A new random id from the supplied source. */
  public static EscalationId generate(RandomGenerator random) {
    return new EscalationId(RandomIds.uuid(random));
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} naming the field. */
  public static EscalationId parse(String text) {
    try {
      return new EscalationId(UUID.fromString(Objects.requireNonNull(text, "escalation id")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("escalation id is not a valid id", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
