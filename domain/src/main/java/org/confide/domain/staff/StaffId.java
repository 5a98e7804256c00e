package org.confide.domain.staff;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/**
 * Identifies a staff member; random, so that it says nothing about who joined when.
 *
 * @param value the id; {@link #toString()} gives its canonical text form
 */
public record StaffId(UUID value) {

  /**
   * The id {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public StaffId {
    Objects.requireNonNull(value, "staff id must not be null");
  }

  /**
   * A new random id from the supplied source.
   *
   * @param random the source of the id's random bits
   * @return a new id holding a version 4 UUID
   */
  public static StaffId generate(RandomGenerator random) {
    return new StaffId(RandomIds.uuid(random));
  }

  /**
   * The id {@code text} names in the canonical text form, or nothing when it names none: for text
   * from outside, such as a path or a filter, where a wrong id is an expected mistake.
   *
   * @param text the id as written: 36 characters, hex digits in groups of 8, 4, 4, 4 and 12 joined
   *     by hyphens, in either case; may be null
   * @return the id, or empty when the text is not in that form
   */
  public static Optional<StaffId> read(String text) {
    if (text == null || !text.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
      return Optional.empty();
    }
    return Optional.of(new StaffId(UUID.fromString(text)));
  }

  /**
   * Parses the canonical text form; throws {@link IllegalArgumentException} naming the field. It
   * follows {@link UUID#fromString}, which also accepts some shorter forms.
   *
   * @param text the id as written
   * @return the id
   * @throws IllegalArgumentException if the text is not a UUID
   */
  public static StaffId parse(String text) {
    try {
      return new StaffId(UUID.fromString(Objects.requireNonNull(text, "staff id")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("staff id is not a valid id", e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
