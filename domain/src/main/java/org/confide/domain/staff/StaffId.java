package org.confide.domain.staff;

import java.util.Objects;
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
