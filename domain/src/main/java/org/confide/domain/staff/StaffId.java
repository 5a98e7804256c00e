package org.confide.domain.staff;

import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.confide.domain.shared.RandomIds;

/** Identifies a staff member; random, so that it says nothing about who joined when. */
public record StaffId(UUID value) {

  public StaffId {
    Objects.requireNonNull(value, "staff id must not be null");
  }

  /** A new random id from the supplied source. */
  public static StaffId generate(RandomGenerator random) {
    return new StaffId(RandomIds.uuid(random));
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} naming the field. */
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
