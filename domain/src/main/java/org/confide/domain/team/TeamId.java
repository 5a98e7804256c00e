package org.confide.domain.team;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/**
 * Identifies a team; random, so that it says nothing about when the team was made.
 *
 * @param value the id; {@link #toString()} gives its canonical text form
 */
public record TeamId(UUID value) {

  /**
   * The id {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TeamId {
    Objects.requireNonNull(value, "team id must not be null");
  }

  /**
   * A new random id from the supplied source.
   *
   * @param random the source of the id's random bits
   * @return a new id holding a version 4 UUID
   */
  public static TeamId generate(RandomGenerator random) {
    return new TeamId(RandomIds.uuid(random));
  }

  /**
   * The id {@code text} names in the canonical text form, or nothing when it names none: for text
   * from outside, such as a path or a request, where a wrong id is an expected mistake.
   *
   * @param text the id as written: 36 characters, hex digits in groups of 8, 4, 4, 4 and 12 joined
   *     by hyphens, in either case; may be null
   * @return the id, or empty when the text is not in that form
   */
  public static Optional<TeamId> read(String text) {
    if (text == null || !text.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return Optional.empty();
    }
    return Optional.of(new TeamId(UUID.fromString(text)));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
