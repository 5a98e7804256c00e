package org.confide.domain.safeguarding;

import java.util.Objects;
import java.util.Optional;
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

  /**
   * The id {@code text} names in the canonical text form, or nothing when it names none: for text
   * from outside, such as a path, where a wrong id is an expected mistake.
   */
  public static Optional<EscalationId> read(String text) {
    // A UUID in its canonical form only: 36 characters, hyphens at 8, 13, 18 and 23.
    if (text == null || !text.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return Optional.empty();
    }
    return Optional.of(new EscalationId(UUID.fromString(text)));
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
